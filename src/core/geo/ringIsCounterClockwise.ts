import booleanClockwise from '@turf/boolean-clockwise';
import type { Position } from '../../schemas/geojson';

/**
 * Whether a closed ring of `[lng, lat]` positions runs counter-clockwise, as RFC 7946 §3.1.6 asks of outer
 * rings (Turf's `booleanClockwise`, negated). A ring enclosing no area counts as counter-clockwise here; the
 * geometry checks report such a ring for what it is.
 * @example ringIsCounterClockwise([[0,0],[1,0],[1,1],[0,0]]) === true
 */
export function ringIsCounterClockwise(ring: readonly Position[]): boolean {
  return !booleanClockwise(ring as Position[]);
}
