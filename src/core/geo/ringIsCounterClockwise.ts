import type { Position } from '../../schemas/geojson';

/**
 * Whether a closed ring of `[lng, lat]` positions runs counter-clockwise (positive shoelace area),
 * as RFC 7946 §3.1.6 asks of outer rings. Planar in degrees, which is exact enough for the sign.
 * @example ringIsCounterClockwise([[0,0],[1,0],[1,1],[0,0]]) === true
 */
export function ringIsCounterClockwise(ring: readonly Position[]): boolean {
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    twiceArea += x1 * y2 - x2 * y1;
  }
  return twiceArea > 0;
}
