import bbox from '@turf/bbox';
import type { Building } from '../../src/schemas/building';
import type { Position } from '../../src/schemas/geojson';

/** A seeded pseudo-random generator (LCG), so every benchmark run draws the same synthetic estate. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * `count` rectangular buildings on a square grid around `centre`, 60 × 12 m slabs 75 m × 40 m apart, each
 * jittered and given a status from the seed: the real estate's shape, repeated. Returns the buildings and
 * the bounds that hold them.
 */
export function syntheticBuildings(count: number, centre: Position, seed = 62): { buildings: Building[]; bounds: [Position, Position] } {
  const random = seeded(seed);
  const cols = Math.ceil(Math.sqrt(count * (40 / 75)));
  const mLat = 110_880;
  const mLng = 94_697;
  const statuses = ['celebrity', 'renewed', 'in-progress', 'not-yet'] as const;
  const buildings: Building[] = [];
  for (let i = 0; i < count; i += 1) {
    const cx = (i % cols) * 75 - (cols * 75) / 2 + (random() - 0.5) * 6;
    const cy = Math.floor(i / cols) * 40 - (Math.ceil(count / cols) * 40) / 2 + (random() - 0.5) * 4;
    const p = (x: number, y: number): Position => [Number((centre[0] + x / mLng).toFixed(6)), Number((centre[1] + y / mLat).toFixed(6))];
    const ring = [p(cx - 30, cy - 6), p(cx + 30, cy - 6), p(cx + 30, cy + 6), p(cx - 30, cy + 6), p(cx - 30, cy - 6)];
    const r = random();
    buildings.push({
      type: 'Feature', id: `b${i + 1}`, geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { number: i + 1, name: { 'zh-CN': `${i + 1}幢`, en: `Building ${i + 1}` }, stairwells: 3, storeys: 6, lift: false, status: statuses[r < 0.07 ? 0 : r < 0.12 ? 1 : r < 0.15 ? 2 : 3] },
    });
  }
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: buildings });
  return { buildings, bounds: [[w, s], [e, n]] };
}
