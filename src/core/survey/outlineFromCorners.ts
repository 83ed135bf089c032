import type { Position } from '../../schemas/geojson';
import { ringIsCounterClockwise } from '../geo/ringIsCounterClockwise';

/**
 * A building's outline from the corners surveyed walking round it, in either direction: a closed, counter-clockwise
 * ring (RFC 7946), or `undefined` with fewer than three distinct corners. A last corner equal to the first is not
 * counted twice. Whether the outline crosses itself or leaves the boundary is for the data checks to say.
 * @example outlineFromCorners([[0,0],[0,1],[1,1],[1,0]]) → { type: 'Polygon', coordinates: [[[0,0],[1,0],[1,1],[0,1],[0,0]]] }
 */
export function outlineFromCorners(corners: readonly Position[]): { type: 'Polygon'; coordinates: Position[][] } | undefined {
  const distinct = corners.filter((c, i) => i === 0 || c[0] !== corners[i - 1]![0] || c[1] !== corners[i - 1]![1]);
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (first && last && distinct.length > 1 && first[0] === last[0] && first[1] === last[1]) distinct.pop();
  if (distinct.length < 3) return undefined;
  const ring: Position[] = [...distinct, distinct[0]!].map((p) => [p[0], p[1]]);
  return { type: 'Polygon', coordinates: [ringIsCounterClockwise(ring) ? ring : [ring[0]!, ...ring.slice(1, -1).reverse(), ring[0]!]] };
}
