import type { Geometry, Position } from '../../schemas/geojson';
import { distanceAndDirection } from '../geo/distanceAndDirection';
import type { CompassPoint } from '../geo/compassPoint';
import { positionsOf } from '../geo/positionsOf';
import { anchorOf } from '../map/anchorOf';

/** The middle of a geometry for measuring how far it moved: a point itself, a polygon's centre of mass, a line's mean vertex. */
export function centreOf(geometry: Geometry): Position {
  if (geometry.type !== 'LineString') return anchorOf(geometry);
  const ps = geometry.coordinates;
  return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
}

/** Below this many metres two positions count as the same place (coordinates keep 6 decimals, ≈ 0.1 m). */
export const SAME_PLACE_M = 0.2;

/**
 * How a geometry changed into another: `same` (every position within 0.2 m), `moved` (a point moved, or every
 * vertex shifted alike: translated whole) or `reshaped`, with the distance and direction its centre went.
 * @example geometryShift(point(120, 31.79), point(120, 31.7902)) → { kind: 'moved', metres: ≈22.2, direction: 'n' }
 */
export function geometryShift(before: Geometry, after: Geometry): { kind: 'same' | 'moved' | 'reshaped'; metres: number; direction: CompassPoint } {
  const { metres, direction } = distanceAndDirection(centreOf(before), centreOf(after));
  const a = positionsOf(before);
  const b = positionsOf(after);
  if (before.type !== after.type || a.length !== b.length) return { kind: 'reshaped', metres, direction };
  const offsets = a.map((p, i) => distanceAndDirection(p, b[i]!).metres);
  if (offsets.every((m) => m < SAME_PLACE_M)) return { kind: 'same', metres: 0, direction: 'n' };
  if (before.type === 'Point') return { kind: 'moved', metres, direction };
  // Translated whole: each vertex lies where the first vertex's shift takes it.
  const dx = b[0]![0] - a[0]![0];
  const dy = b[0]![1] - a[0]![1];
  const translated = a.every((p, i) => distanceAndDirection([p[0] + dx, p[1] + dy], b[i]!).metres < SAME_PLACE_M);
  return { kind: translated ? 'moved' : 'reshaped', metres, direction };
}
