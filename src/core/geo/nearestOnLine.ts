import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Position } from '../../schemas/geojson';

/**
 * How far `point` is from a line, and how far along the line its nearest spot lies, in metres.
 * @example nearestOnLine([[120, 31.79], [120.001, 31.79]], [120.0005, 31.7901]) → { distanceM: ≈11.1, alongM: ≈47.3 }
 */
export function nearestOnLine(line: readonly Position[], point: Position): { distanceM: number; alongM: number } {
  const near = nearestPointOnLine({ type: 'LineString', coordinates: line as Position[] }, point as Position, { units: 'meters' });
  return { distanceM: near.properties.pointDistance, alongM: near.properties.totalDistance };
}
