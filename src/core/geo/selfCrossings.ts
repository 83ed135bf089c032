import kinks from '@turf/kinks';
import type { Position } from '../../schemas/geojson';
import { round6 } from './round6';

/**
 * Where a closed ring of `[lng, lat]` positions crosses itself (Turf's `kinks`), each position rounded to
 * 6 decimals and listed once; empty for a simple ring. Touching neighbouring edges at their shared vertex is
 * not a crossing.
 * @example selfCrossings([[0,0],[2,2],[2,0],[0,2],[0,0]]) → [[1, 1]] (a bow tie)
 */
export function selfCrossings(ring: readonly Position[]): Position[] {
  const seen = new Map<string, Position>();
  for (const point of kinks({ type: 'Polygon', coordinates: [ring as Position[]] }).features) {
    const [lng, lat] = point.geometry.coordinates as Position;
    const at: Position = [round6(lng), round6(lat)];
    seen.set(at.join(','), at);
  }
  return [...seen.values()];
}
