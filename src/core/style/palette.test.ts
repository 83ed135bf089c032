import { describe, expect, it } from 'vitest';
import { BUILDING_STATUSES, LANDMARK_KINDS } from '../../schemas/enums';
import { KIND_COLOURS, STATUS_COLOURS } from './palette';

/** WCAG 2.x relative luminance and contrast ratio of two `#rrggbb` colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** The pale ground of the estate on the map (the boundary's fill in mapStyles and staticMapSvg). */
const PALE_BASE = '#f3efe6';
const colours = { ...STATUS_COLOURS, ...KIND_COLOURS };
const shortOf3To1 = () => Object.entries(colours).filter(([, c]) => contrast(c, PALE_BASE) < 3).map(([name]) => name).sort();

describe('the palette of the map and its legend', () => {
  it('has a colour for every renovation status and every landmark kind', () => {
    expect(Object.keys(STATUS_COLOURS).sort()).toEqual([...BUILDING_STATUSES].sort());
    expect(Object.keys(KIND_COLOURS).sort()).toEqual([...LANDMARK_KINDS].sort());
    for (const c of Object.values(colours)) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('tells the four renovation statuses apart (no two share a colour)', () => {
    expect(new Set(Object.values(STATUS_COLOURS)).size).toBe(BUILDING_STATUSES.length);
  });
  it('computes contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  it('reaches 3:1 against the pale base map for every colour but the two known short of it', () => {
    expect(shortOf3To1()).toEqual(['not-yet', 'walkway']);
  });
  // Known short (palette.ts promises 3:1, WCAG 1.4.11): not-yet grey #8a8f98 is 2.83:1 and the walkway's
  // yellow #f2a900 1.75:1 on #f3efe6. Choosing new colours is a design call for the palette's owner.
  it.fails('reaches 3:1 against the pale base map for every colour, as palette.ts promises', () => {
    expect(shortOf3To1()).toEqual([]);
  });
});
