import { describe, expect, it } from 'vitest';
import type { Position } from '../../schemas/geojson';
import { FIRST_VIEW_UNITS, FULL_DETAIL_MAX, firstView, firstViewSvg, mercator } from './firstView';

/** A grid of `count` 60 × 12 m slabs around 120° E, 31.79° N, statuses cycling through four colours. */
function estate(count: number) {
  const cols = Math.ceil(Math.sqrt(count));
  const buildings = Array.from({ length: count }, (_, i) => {
    const [x, y] = [120 + (i % cols) * 0.0008, 31.79 + Math.floor(i / cols) * 0.0004];
    const ring: Position[] = [[x, y], [x + 0.0006, y], [x + 0.0006, y + 0.0001], [x, y + 0.0001], [x, y]];
    return { ring, fill: ['#a1', '#b2', '#c3', '#d4'][i % 4]!, number: i + 1, at: [x + 0.0003, y + 0.00005] as Position };
  });
  const bounds: [Position, Position] = [[120, 31.79], [120 + cols * 0.0008, 31.79 + Math.ceil(count / cols) * 0.0004]];
  return { bounds, base: [], buildings, shapes: [], pins: [] };
}

describe('mercator (EPSG:3857 as Leaflet projects)', () => {
  it('puts 0°, 0° in the middle of the world and 180° E at its right edge', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
  });
  it('agrees with the other textbook form, R·ln((1 + sin φ) / (1 − sin φ)) / 2, at the estate', () => {
    const φ = (31.79 * Math.PI) / 180;
    const y = 0.5 - Math.log((1 + Math.sin(φ)) / (1 - Math.sin(φ))) / 2 / (2 * Math.PI);
    expect(mercator([120, 31.79])[1]).toBeCloseTo(y, 12);
  });
});

describe('firstView', () => {
  it('fills FIRST_VIEW_UNITS across with the bounds: the west-north corner at 0,0 and east-south at width,height', () => {
    const v = firstView({ ...estate(4), pins: [{ at: [120, 31.7908], label: '1', colour: '#b3261e' }] });
    expect(v.width).toBe(FIRST_VIEW_UNITS);
    // Mercator stretches north-south by 1 / cos φ: a 0.0016° × 0.0008° box is 1000 × ~589 units at 31.79° N.
    expect(v.height).toBeCloseTo((1000 * 0.5) / Math.cos((31.7904 * Math.PI) / 180), -1);
    // The first building's first corner is the bounds' south-west corner.
    expect(v.body).toContain(`M0 ${v.height}`);
    // Marks are offsets from the centre: this pin is on the west edge, at the north edge.
    expect(v.pins).toEqual([{ dx: -500, dy: -v.height / 2, text: '1', colour: '#b3261e' }]);
    // 1,000 units span 0.0016° of longitude: the world (360°) is 225 million units, so at zoom z a unit is 256 · 2^z / 225e6 px.
    expect(v.unitsPerWorld).toBeCloseTo(1000 / (0.0016 / 360), 0);
  });
  it('draws 62 buildings as 62 closed outlines, one path per colour, line widths in screen pixels', () => {
    const v = firstView(estate(62));
    expect(v.body.match(/z/g)).toHaveLength(62);
    expect(v.body.match(/<path /g)).toHaveLength(4);
    expect(v.body).toContain('vector-effect="non-scaling-stroke"');
    expect(v.labels.map((l) => l.text)).toHaveLength(62);
    expect(v.simplified).toBe(false);
  });
  it('leaves out numbers that would overlap at a phone size, keeps them all on a big screen', () => {
    const crowded = estate(400);
    expect(firstView({ ...crowded, declutterFor: { width: 360, height: 520 } }).labels.length).toBeLessThan(400);
    expect(firstView({ ...crowded, declutterFor: { width: 40000, height: 40000 } }).labels).toHaveLength(400);
  });
  it('merges 62,000 buildings into a grid of cells under 150 KB, never an empty picture', () => {
    const v = firstView(estate(62_000));
    expect(v.simplified).toBe(true);
    expect(v.labels).toEqual([]);
    const svg = firstViewSvg(v, 'map', 'x');
    expect(svg.length).toBeLessThan(150_000);
    expect(svg.match(/stroke="#(a1|b2|c3|d4)"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(firstView(estate(FULL_DETAIL_MAX)).simplified).toBe(false);
  });
  it('names the picture for screen readers, with markup shown as text', () => {
    expect(firstViewSvg(firstView(estate(1)), '<b>采菱</b>', 'cm-static-svg')).toMatch(/^<svg class="cm-static-svg" [^>]*role="img" aria-label="&#60;b&#62;采菱&#60;\/b&#62;">/);
  });
});
