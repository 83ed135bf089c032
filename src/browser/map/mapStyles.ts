import type L from 'leaflet';
import { BASE_MAP_COLOURS as C } from '../../core/style/baseMapColours';
import { STATUS_COLOURS } from '../../core/style/palette';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';

/** How the embedded base map is drawn: pale ground inside the boundary, green spaces, white roads, gates. */
export const BASE_STYLE: Record<BaseFeature['properties']['kind'], L.CircleMarkerOptions> = {
  boundary: { color: C.boundary, weight: 2, dashArray: '6 4', fillColor: C.ground, fillOpacity: 1 },
  green: { stroke: false, fillColor: C.green, fillOpacity: 1 },
  road: { color: C.road, weight: 7, opacity: 1 },
  gate: { radius: 6, color: C.gate, weight: 2, fillColor: '#fff', fillOpacity: 1 },
};

/** A building filled with its renovation status colour. */
export const buildingStyle = (f?: unknown): L.PathOptions => ({
  color: C.buildingOutline, weight: 1, fillColor: STATUS_COLOURS[(f as Building).properties.status], fillOpacity: 1,
});
