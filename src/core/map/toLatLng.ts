import type { Position } from '../../schemas/geojson';

/**
 * The one place `[lng, lat]` (GeoJSON) turns into `[lat, lng]` (Leaflet), optionally through a datum shift.
 * @example toLatLng([120, 31.79]) → [31.79, 120]
 */
export function toLatLng(position: Position | readonly number[], shift?: (p: [number, number]) => [number, number]): [number, number] {
  const p: [number, number] = [position[0]!, position[1]!];
  const [lng, lat] = shift ? shift(p) : p;
  return [lat, lng];
}
