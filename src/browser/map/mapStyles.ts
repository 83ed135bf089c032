import type L from 'leaflet';
import { STATUS_COLOURS } from '../../core/style/palette';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';

/** How the embedded base map is drawn: pale ground inside the boundary, green spaces, white roads, gates. */
export const BASE_STYLE: Record<BaseFeature['properties']['kind'], L.CircleMarkerOptions> = {
  boundary: { color: '#8a7a66', weight: 2, dashArray: '6 4', fillColor: '#f3efe6', fillOpacity: 1 },
  green: { stroke: false, fillColor: '#cfe3c1', fillOpacity: 1 },
  road: { color: '#ffffff', weight: 7, opacity: 1 },
  gate: { radius: 6, color: '#5b4b3a', weight: 2, fillColor: '#fff', fillOpacity: 1 },
};

/** A building filled with its renovation status colour. */
export const buildingStyle = (f?: unknown): L.PathOptions => ({
  color: '#3b3530', weight: 1, fillColor: STATUS_COLOURS[(f as Building).properties.status], fillOpacity: 1,
});
