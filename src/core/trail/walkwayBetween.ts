import distance from '@turf/distance';
import type { Position } from '../../schemas/geojson';

/**
 * The part of a walkway between two distances along it (metres from its start), as a line from the spot at
 * `fromM` to the spot at `toM`, following every bend between; reversed when `toM < fromM` (walking back).
 * Spots between vertices are interpolated linearly, exact enough over a few metres.
 * @example walkwayBetween([[120, 31.79], [120.002, 31.79]], 50, 100) → [[≈120.00053, 31.79], [≈120.00106, 31.79]]
 */
export function walkwayBetween(line: readonly Position[], fromM: number, toM: number): Position[] {
  if (toM < fromM) return walkwayBetween(line, toM, fromM).reverse();
  const out: Position[] = [];
  let walked = 0;
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = distance(a, b, { units: 'meters' });
    const at = (m: number): Position => {
      const t = seg === 0 ? 0 : Math.min(1, Math.max(0, (m - walked) / seg));
      return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    };
    if (out.length === 0 && fromM <= walked + seg) out.push(at(fromM));
    if (out.length > 0) {
      if (toM <= walked + seg) {
        out.push(at(toM));
        return out;
      }
      out.push(b);
    }
    walked += seg;
  }
  return out;
}
