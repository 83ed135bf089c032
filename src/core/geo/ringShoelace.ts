import type { Position } from '../../schemas/geojson';

/**
 * The shoelace sums of a closed ring of `[lng, lat]` positions, planar in degrees (fine at neighbourhood
 * scale): its signed area in square degrees (positive when the ring runs counter-clockwise) and its area
 * centroid, `undefined` when the ring encloses no area (all its positions on one line). The one place the
 * formula is written; `@turf/boolean-clockwise` and `@turf/center-of-mass` compute the same.
 * @example ringShoelace([[0,0],[2,0],[2,2],[0,2],[0,0]]) → { signedArea: 4, centroid: [1, 1] }
 */
export function ringShoelace(ring: readonly Position[]): { signedArea: number; centroid: Position | undefined } {
  let twiceArea = 0, x = 0, y = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    const cross = x1 * y2 - x2 * y1;
    twiceArea += cross; x += (x1 + x2) * cross; y += (y1 + y2) * cross;
  }
  return { signedArea: twiceArea / 2, centroid: twiceArea === 0 ? undefined : [x / (3 * twiceArea), y / (3 * twiceArea)] };
}
