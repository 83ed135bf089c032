/**
 * Colours of the drawn base map, the same on the live map (`browser/map/mapStyles.ts`), the static SVG maps
 * (`core/map/staticMapSvg.ts`) and the bench's plain-Leaflet floor: a pale ground inside a brown boundary,
 * green spaces, white roads, dark gates, a dark outline round each building (filled by `STATUS_COLOURS`), and
 * the blue that marks what the visitor picked or searched for.
 */
export const BASE_MAP_COLOURS = {
  ground: '#f3efe6',
  boundary: '#8a7a66',
  green: '#cfe3c1',
  road: '#ffffff',
  gate: '#5b4b3a',
  buildingOutline: '#3b3530',
  highlight: '#1a56db',
} as const;
