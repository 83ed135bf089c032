import type { Position } from '../../schemas/geojson';
import { ringShoelace } from './ringShoelace';

/**
 * Whether a closed ring of `[lng, lat]` positions runs counter-clockwise (positive shoelace area),
 * as RFC 7946 §3.1.6 asks of outer rings. Planar in degrees, which is exact enough for the sign.
 * A ring enclosing no area is neither, and answers false.
 * @example ringIsCounterClockwise([[0,0],[1,0],[1,1],[0,0]]) === true
 */
export function ringIsCounterClockwise(ring: readonly Position[]): boolean {
  // Once @turf/boolean-clockwise is installed this line can be `return !booleanClockwise(ring as Position[]);`
  // (it differs only for a ring enclosing no area, which it calls counter-clockwise).
  return ringShoelace(ring).signedArea > 0;
}
