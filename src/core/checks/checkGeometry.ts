import { hasMoreDecimals } from '../geo/decimals';
import { ringIsCounterClockwise } from '../geo/ringIsCounterClockwise';
import { selfCrossings } from '../geo/selfCrossings';
import type { Position } from '../../schemas/geojson';

/** At most this many decimals per coordinate (≈ 0.1 m). */
export const MAX_DECIMALS = 6;

/**
 * RFC 7946 rules for one raw geometry: known type, `[lng, lat]` numbers in range, at most 6 decimals,
 * rings with 4+ positions, closed, not crossing themselves, outer ring counter-clockwise and holes clockwise.
 * Returns the messages; empty when the geometry is sound.
 */
export function checkGeometry(geometry: unknown): string[] {
  if (!geometry || typeof geometry !== 'object') return ['geometry missing'];
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const problems: string[] = [];
  const positions = (list: unknown, what: string): Position[] | undefined => {
    if (!Array.isArray(list)) { problems.push(`${what}: coordinates must be an array`); return undefined; }
    return list.every((p) => checkPosition(p, what, problems)) ? (list as Position[]) : undefined;
  };
  switch (type) {
    case 'Point':
      checkPosition(coordinates, 'point', problems);
      break;
    case 'LineString': {
      const line = positions(coordinates, 'line');
      if (line && line.length < 2) problems.push('line needs at least 2 positions');
      break;
    }
    case 'Polygon': {
      if (!Array.isArray(coordinates) || coordinates.length === 0) { problems.push('polygon needs at least one ring'); break; }
      coordinates.forEach((raw, i) => {
        const what = i === 0 ? 'outer ring' : `hole ${i}`;
        const ring = positions(raw, what);
        if (!ring) return;
        if (ring.length < 4) { problems.push(`${what} needs at least 4 positions`); return; }
        const [first, last] = [ring[0]!, ring[ring.length - 1]!];
        if (first[0] !== last[0] || first[1] !== last[1]) { problems.push(i === 0 ? 'ring not closed' : `${what} not closed`); return; }
        // A ring that crosses itself has no one winding: say where it crosses and nothing about its direction.
        const crossing = selfCrossings(ring)[0];
        if (crossing) { problems.push(`${i === 0 ? 'outline' : what} crosses itself at ${crossing[0]}, ${crossing[1]}`); return; }
        if (ringIsCounterClockwise(ring) !== (i === 0)) problems.push(i === 0 ? 'outer ring must be counter-clockwise (RFC 7946 right-hand rule)' : `${what} must be clockwise`);
      });
      break;
    }
    default:
      problems.push(`geometry type ${JSON.stringify(type)} not used here (Point, LineString or Polygon)`);
  }
  return problems;
}

function checkPosition(p: unknown, what: string, problems: string[]): boolean {
  if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    problems.push(`${what}: position must be [lng, lat] numbers, got ${JSON.stringify(p)}`);
    return false;
  }
  const [lng, lat] = p as [number, number];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    problems.push(`${what}: [${lng}, ${lat}] out of range (is it [lat, lng]?)`);
    return false;
  }
  if (hasMoreDecimals(lng, MAX_DECIMALS) || hasMoreDecimals(lat, MAX_DECIMALS)) {
    problems.push(`${what}: [${lng}, ${lat}] has more than ${MAX_DECIMALS} decimals`);
  }
  return true;
}
