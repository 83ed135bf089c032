import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Position } from '../../schemas/geojson';
import { nearestOnLine } from '../geo/nearestOnLine';

/** What a map picker can snap to, computed at build time: the boundary, the buildings and their entrances. */
export type PickPlaces = {
  /** The community boundary's rings (outer first); a tap outside it is refused. */
  boundary: Position[][];
  /** Each building: its number, the anchor its label sits on, and its outline's rings. */
  buildings: { number: number; at: Position; outline: Position[][] }[];
  /** Each stairwell entrance: its id (`22-3`), building number, unit and position. */
  entrances: { id: string; building: number; unit: number; at: Position }[];
};

/** Where a tap lands: at a stairwell entrance, at a building, just the point, or outside the community. */
export type Snapped =
  | { kind: 'stairwell'; at: Position; building: number; stairwell: string; unit: number }
  | { kind: 'building'; at: Position; building: number }
  | { kind: 'point'; at: Position }
  | { kind: 'outside' };

/** 15 m: a few steps from a door; when two entrances are in reach, the nearer wins. */
export const ENTRANCE_SNAP_M = 15;
/** 25 m: closer to this building's wall than to the next building's across the lane. */
export const BUILDING_SNAP_M = 25;

/**
 * Snaps a tapped `[lng, lat]` to the nearest stairwell entrance within 15 m, else to the nearest building
 * whose outline is within 25 m (inside it counts as 0 m; the point moves to the building's anchor), else
 * keeps the point as tapped; a point outside the community's boundary is `outside`.
 * @example snapToPlace([120.00001, 31.79], places) → { kind: 'stairwell', at: [120, 31.79], building: 22, stairwell: '22-3', unit: 3 }
 */
export function snapToPlace(point: Position, places: PickPlaces): Snapped {
  if (!booleanPointInPolygon(point, { type: 'Polygon', coordinates: places.boundary })) return { kind: 'outside' };
  let entrance: PickPlaces['entrances'][number] | undefined;
  let entranceM = ENTRANCE_SNAP_M;
  for (const e of places.entrances) {
    const m = distance(point, e.at, { units: 'meters' });
    if (m <= entranceM) { entrance = e; entranceM = m; }
  }
  if (entrance) return { kind: 'stairwell', at: entrance.at, building: entrance.building, stairwell: entrance.id, unit: entrance.unit };
  let building: PickPlaces['buildings'][number] | undefined;
  let buildingM = BUILDING_SNAP_M;
  for (const b of places.buildings) {
    const m = booleanPointInPolygon(point, { type: 'Polygon', coordinates: b.outline }) ? 0 : Math.min(...b.outline.map((ring) => nearestOnLine(ring, point).distanceM));
    if (m <= buildingM) { building = b; buildingM = m; }
  }
  if (building) return { kind: 'building', at: building.at, building: building.number };
  return { kind: 'point', at: point };
}
