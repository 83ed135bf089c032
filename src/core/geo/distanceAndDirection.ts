import bearing from '@turf/bearing';
import distance from '@turf/distance';
import type { Position } from '../../schemas/geojson';
import { compassPoint, type CompassPoint } from './compassPoint';

/**
 * How far and which way from one `[lng, lat]` position to another: great-circle metres (Turf, not rounded) and
 * the nearest of eight compass points of the initial bearing. From a point to itself: 0 m, `'n'`.
 * @example distanceAndDirection([120, 31.79], [120, 31.7909]) → { metres: ≈100.1, direction: 'n' }
 */
export function distanceAndDirection(from: Position, to: Position): { metres: number; direction: CompassPoint } {
  return { metres: distance(from, to, { units: 'meters' }), direction: compassPoint(bearing(from, to)) };
}
