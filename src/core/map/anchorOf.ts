import type { Geometry, Position } from '../../schemas/geojson';
import { ringShoelace } from '../geo/ringShoelace';
import { round6 } from '../geo/round6';

/**
 * The point where a feature's symbol, label or popup goes: a Point itself, a line's middle vertex
 * (away from the stops at its ends), a polygon's outer-ring centroid (planar; fine at neighbourhood scale),
 * or its first corner when the ring encloses no area.
 * @example anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79], [120.002, 31.79]] }) → [120.001, 31.79]
 */
export function anchorOf(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)]!;
  const ring = geometry.coordinates[0]!;
  // Once @turf/center-of-mass is installed: `centerOfMass(geometry).geometry.coordinates` (the same centroid).
  const centroid = ringShoelace(ring).centroid;
  return centroid ? [round6(centroid[0]), round6(centroid[1])] : ring[0]!;
}
