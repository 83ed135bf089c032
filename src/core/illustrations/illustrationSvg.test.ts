import { describe, expect, it } from 'vitest';
import { LANDMARK_KINDS, type Landmark, type LandmarkKind } from '../../schemas/landmark';
import { illustrationSvg } from './illustrationSvg';

const landmark = (kind: LandmarkKind, order?: number): Landmark => ({
  type: 'Feature', id: `x-${kind}`, geometry: { type: 'Point', coordinates: [120, 31.79] },
  properties: { kind, ...(order !== undefined && { order }), name: { 'zh-CN': '某处', en: 'Somewhere' } },
} as Landmark);

/** Opening and closing tags pair up (a self-closing tag counts as both): a broken picture is a broken image. */
function tagsBalance(svg: string): boolean {
  const open: string[] = [];
  for (const [, close, name, self] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
    if (self) continue;
    if (!close) open.push(name!);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('illustrationSvg (the picture of a resident\'s story sent without a photo)', () => {
  it.each(LANDMARK_KINDS)('draws a well-formed 480×300 picture for a %s', (kind) => {
    const svg = illustrationSvg(landmark(kind, kind === 'checkin' ? 3 : undefined));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 480 300" width="480" height="300">/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(tagsBalance(svg)).toBe(true);
    expect(svg.match(/<(path|rect|circle)\b/g)!.length).toBeGreaterThan(2);
  });
  it('gives each kind with a motif of its own a picture of its own', () => {
    const own = LANDMARK_KINDS.filter((k) => k !== 'mural' && k !== 'other');
    const pictures = new Set(own.map((k) => illustrationSvg(landmark(k, 1))));
    expect(pictures.size).toBe(own.length);
  });
  it('writes a check-in point\'s number on its picture', () => {
    expect(illustrationSvg(landmark('checkin', 7))).toMatch(/<text [^>]*>7<\/text>/);
    expect(illustrationSvg(landmark('checkin', 12))).toMatch(/<text [^>]*>12<\/text>/);
  });
});
