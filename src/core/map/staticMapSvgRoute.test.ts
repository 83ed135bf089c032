import { describe, expect, it } from 'vitest';
import { BASE_MAP_COLOURS } from '../style/baseMapColours';
import { staticMapSvg } from './staticMapSvg';

const bounds: [[number, number], [number, number]] = [[120, 31.79], [120.002, 31.791]];
const draw = (extra: Partial<Parameters<typeof staticMapSvg>[0]>) =>
  staticMapSvg({ bounds, base: [], buildings: [], points: [], width: 200, title: 'map', ...extra });

describe('staticMapSvg: the way to walk and labels (check-in pages)', () => {
  it('draws the route in the highlight colour, with an arrowhead whose tip is the route\'s last point', () => {
    const svg = draw({ route: [[120.0005, 31.7905], [120.0015, 31.7905]] });
    expect(svg).toContain(`stroke="${BASE_MAP_COLOURS.highlight}"`);
    // 200 units for 0.002° of longitude: the last point is 150 units from the west edge, at mid-height.
    const tip = new RegExp(`L(\\d+\\.\\d),(\\d+\\.\\d)L[^Z]+Z" fill="${BASE_MAP_COLOURS.highlight}"`).exec(svg);
    expect(tip?.[1]).toBe('150.0');
  });
  it('draws no route for fewer than two positions, and escapes label text', () => {
    expect(draw({ route: [[120.001, 31.7905]] })).not.toContain(BASE_MAP_COLOURS.highlight);
    expect(draw({ labels: [{ at: [120.001, 31.7905], text: '<19>' }] })).toContain('&#60;19&#62;');
  });
});
