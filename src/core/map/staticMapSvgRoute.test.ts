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
  it('draws only the buildings that reach into its frame, so a close-up does not carry the whole estate', () => {
    const box = (lng: number, id: string) => ({
      type: 'Feature' as const, id, properties: { number: 1, name: { 'zh-CN': id }, stairwells: 1, storeys: 6, lift: false, status: 'not-yet' as const },
      geometry: { type: 'Polygon' as const, coordinates: [[[lng, 31.7904], [lng + 0.0002, 31.7904], [lng + 0.0002, 31.7906], [lng, 31.7906], [lng, 31.7904]]] },
    });
    const svg = draw({ buildings: [box(120.001, 'inside'), box(120.01, 'far-east'), box(119.99, 'far-west')] as never });
    expect(svg.match(/<path /g)).toHaveLength(1);
  });
});
