import type { Geometry, Position } from '../../schemas/geojson';
import { round6 } from '../geo/round6';

/**
 * The point where a feature's symbol, label or popup goes: a Point itself, a line's middle vertex
 * (away from the stops at its ends), a polygon's outer-ring centroid (planar; fine at neighbourhood scale).
 * @example anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79], [120.002, 31.79]] }) → [120.001, 31.79]
 */
export function anchorOf(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)]!;
  const ring = geometry.coordinates[0]!.slice(0, -1);
  let area = 0, x = 0, y = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    const cross = x1 * y2 - x2 * y1;
    area += cross; x += (x1 + x2) * cross; y += (y1 + y2) * cross;
  });
  if (area === 0) return ring[0]!;
  return [round6(x / (3 * area)), round6(y / (3 * area))];
}
