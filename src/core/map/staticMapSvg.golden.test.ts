import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldens } from '../../../tests/support/goldens';
import { staticMapSvg, type StaticMapInput } from './staticMapSvg';

/**
 * in: what the trail page and the moderator's page hand `staticMapSvg` (a small hand-made estate, and
 * `cailing-from-data-…`, built once from data/); out: the SVG (open it in a browser to look at it).
 * `caption-and-title-with-markup` is named after the fix that gave pins, SVG maps and posters one escapeHtml:
 * a story title becomes the caption of the moderator's map, so it must arrive as text.
 */
const FIXTURES = new URL('./__fixtures__/staticMapSvg', import.meta.url);
goldens(FIXTURES, '.svg', (input) => staticMapSvg(input as StaticMapInput));

/** Text as a reader sees it: numeric and the five XML entities decoded. */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
  .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const svgOf = (name: string) => readFileSync(new URL(`./__fixtures__/staticMapSvg/out/${name}.svg`, import.meta.url), 'utf8');

describe('staticMapSvg (what the goldens must show)', () => {
  it('draws the walkway once and one numbered red dot per trail point, named for screen readers', () => {
    const svg = svgOf('trail-walkway-and-points');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="采菱步道 · Trail"><title>采菱步道 · Trail<\/title>/);
    expect(svg.match(/stroke-dasharray="1 7"/g)).toHaveLength(1);
    expect([...svg.matchAll(/<text [^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(svg).not.toContain('#1a56db');
  });
  it('rings "you are here" in blue with its caption, on top of the point', () => {
    const svg = svgOf('trail-you-are-here');
    expect(svg.match(/<circle [^>]*fill="none" stroke="#1a56db"/g)).toHaveLength(1);
    expect(svg.indexOf('你在这里</text>')).toBeGreaterThan(svg.lastIndexOf('>3</text>'));
  });
  it('shows markup in a caption, label or title as text, never as elements', () => {
    const svg = svgOf('caption-and-title-with-markup');
    expect(svg).not.toMatch(/<(img|script|b)\b/);
    const texts = [...svg.matchAll(/<(text|title)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => decode(m[2]!));
    expect(texts).toEqual(['A "map" & <script>', '<b>1</b>', '<img src=x onerror=alert(1)>']);
  });
  it('draws roads as wide as they are (8 m ≈ 5.6 units at 480 wide), not wider than the map', () => {
    const svg = svgOf('cailing-from-data-here-at-point-5');
    const widths = [...svg.matchAll(/<path d="[^"]*" fill="none" stroke="#f{3}(?:f{3})?" stroke-width="([\d.]+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(2);
      expect(w).toBeLessThan(10);
    }
  });
  it('draws all 62 buildings and 12 points of the real estate', () => {
    const svg = svgOf('cailing-from-data-here-at-point-5');
    expect(svg.match(/stroke="#3b3530"/g)).toHaveLength(62);
    expect(svg.match(/fill="#b3261e"/g)).toHaveLength(12);
  });
});
