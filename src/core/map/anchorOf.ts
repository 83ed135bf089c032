import centerOfMass from '@turf/center-of-mass';
import type { Geometry, Position } from '../../schemas/geojson';
import { round6 } from '../geo/round6';

/**
 * The point where a feature's symbol, label or popup goes: a Point itself, a line's middle vertex
 * (away from the stops at its ends), a polygon's centre of mass (Turf's `centerOfMass`, computed about the
 * ring's own centre so no precision is lost to large raw degrees; a ring enclosing no area gives its vertices' mean).
 * @example anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79], [120.002, 31.79]] }) → [120.001, 31.79]
 */
export function anchorOf(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)]!;
  const [x, y] = centerOfMass(geometry).geometry.coordinates as Position;
  return Number.isFinite(x) && Number.isFinite(y) ? [round6(x), round6(y)] : geometry.coordinates[0]![0]!;
}
