import { describe, expect, it } from 'vitest';
import { staticMapSvg } from '../../core/map/staticMapSvg';
import { BASE_MAP_COLOURS } from '../../core/style/baseMapColours';
import type { BaseFeature } from '../../schemas/baseFeature';
import { BASE_STYLE } from './mapStyles';

const ring = [[120, 31.79], [120.001, 31.79], [120.001, 31.791], [120, 31.791], [120, 31.79]];
const area = (id: string, kind: string) => ({ type: 'Feature', id, geometry: { type: 'Polygon', coordinates: [ring] }, properties: { kind, name: { 'zh-CN': id, en: id } } }) as unknown as BaseFeature;

describe('base-map colours: the live map and the printed/static maps draw the same base map', () => {
  it('paints the ground, boundary and green spaces in the same colours on both', () => {
    const svg = staticMapSvg({ bounds: [[120, 31.79], [120.001, 31.791]], base: [area('boundary', 'boundary'), area('park', 'green')], buildings: [], points: [], width: 100, title: 't' });
    expect(svg).toContain(`fill="${BASE_MAP_COLOURS.ground}" stroke="${BASE_MAP_COLOURS.boundary}"`);
    expect(svg).toContain(`fill="${BASE_MAP_COLOURS.green}"`);
    expect(BASE_STYLE.boundary).toMatchObject({ color: BASE_MAP_COLOURS.boundary, fillColor: BASE_MAP_COLOURS.ground });
    expect(BASE_STYLE.green.fillColor).toBe(BASE_MAP_COLOURS.green);
  });
});
