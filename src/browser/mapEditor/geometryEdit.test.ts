import { describe, expect, it } from 'vitest';
import { pickMessages } from '../../i18n/translator';
import { EDITOR_TEXT_KEYS } from './editorText';
import { cleanGeometry, describeMove } from './geometryEdit';

const en = pickMessages('en', EDITOR_TEXT_KEYS);
const zh = pickMessages('zh-CN', EDITOR_TEXT_KEYS);

describe('cleanGeometry', () => {
  it('rounds a dragged point to 6 decimals', () => {
    expect(cleanGeometry({ type: 'Point', coordinates: [119.99797249, 31.79069951] })).toEqual({ type: 'Point', coordinates: [119.997972, 31.7907] });
  });
  it('turns a reshaped outline counter-clockwise and keeps it closed', () => {
    const clockwise = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]] as [number, number][];
    expect(cleanGeometry({ type: 'Polygon', coordinates: [clockwise] })).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
  });
  it('undoes the GCJ-02 shift of tiles the moderator traced on', () => {
    const back = (p: [number, number]): [number, number] => [p[0] - 0.0045, p[1] + 0.002];
    expect(cleanGeometry({ type: 'Point', coordinates: [120.0045, 31.788] }, back)).toEqual({ type: 'Point', coordinates: [120, 31.79] });
  });
});

describe('describeMove', () => {
  const at = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] as [number, number] });
  it('says how far and which way, in the moderator’s language: "Moved 212 m south-east"', () => {
    // 150 m east and 150 m south of the estate's centre: about 212 m south-east.
    const to = at(120 + 150 / 94_630, 31.79 - 150 / 111_195);
    expect(describeMove(at(120, 31.79), to, en)).toBe('Moved 212 m south-east');
    expect(describeMove(at(120, 31.79), to, zh)).toBe('移动了 212 米，往东南');
  });
  it('keeps a decimal under 10 m, and says a shape changed in place by its corners', () => {
    expect(describeMove(at(120, 31.79), at(120, 31.79 + 5 / 111_195), en)).toBe('Moved 5 m north');
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] as [number, number][][] };
    const pentagon = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0.5, 1.2], [0, 1], [0, 0]]] as [number, number][][] };
    expect(describeMove(square, square, en)).toBe('New shape, 4 corners');
    expect(describeMove(square, pentagon, en)).toMatch(/^Moved \d/);
  });
});
