import type { Geometry, Position } from '../../schemas/geojson';

/**
 * The point where a feature's symbol, label or popup goes: a Point itself, a line's middle vertex
 * (away from the stops at its ends), a polygon's outer-ring centroid (planar; fine at neighbourhood scale).
 * @example anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79], [120.002, 31.79]] }) → [120.001, 31.79]
 */
export function anchorOf(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)]!;
  const ring = geometry.coordinates[0]!.slice(0, -1);
  // Measured from the first vertex: products of raw degrees (~120 × 31.79) cancel away the digits that matter.
  const [ox, oy] = ring[0]!;
  let area = 0, x = 0, y = 0;
  ring.forEach(([ax, ay], i) => {
    const [bx, by] = ring[(i + 1) % ring.length]!;
    const [x1, y1, x2, y2] = [ax - ox, ay - oy, bx - ox, by - oy];
    const cross = x1 * y2 - x2 * y1;
    area += cross; x += (x1 + x2) * cross; y += (y1 + y2) * cross;
  });
  if (area === 0) return ring[0]!;
  return [round6(ox + x / (3 * area)), round6(oy + y / (3 * area))];
}
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
