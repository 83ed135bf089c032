import { describe, expect, it } from 'vitest';
import { moduleClosure, modulePreloads } from './preloadModules';
import { referencesIn } from './precacheWhatPagesUse';

describe('moduleClosure (what an island loads before it runs)', () => {
  const files: Record<string, string> = {
    '/_astro/Map.js': 'import{h as a}from"./preact.js";import"./side.js";export{x}from"./re.js";const later=()=>import("./editor.js");',
    '/_astro/preact.js': 'export const h=1;',
    '/_astro/side.js': 'import{h}from"./preact.js";',
    '/_astro/re.js': '',
    '/_astro/editor.js': 'import"./huge.js";',
  };
  it('follows static imports and re-exports once each, never dynamic imports', () => {
    expect(moduleClosure(['/_astro/Map.js'], (u) => files[u] ?? '')).toEqual(['/_astro/Map.js', '/_astro/preact.js', '/_astro/side.js', '/_astro/re.js']);
  });
});

describe('modulePreloads (what a page fetches at once instead of one import at a time)', () => {
  const files: Record<string, string> = {
    '/_astro/checkin.js': 'import{s}from"./store.js";import{c}from"./code.js";',
    '/_astro/code.js': 'import{b}from"./base32.js";',
    '/_astro/store.js': '', '/_astro/base32.js': '', '/_astro/Map.js': 'import"./store.js";', '/_astro/client.js': '',
  };
  const read = (u: string) => files[u] ?? '';
  it("names a page script's imports, two levels deep, but not the script the browser finds by itself", () => {
    expect(modulePreloads('<head></head><body><script type="module" src="/_astro/checkin.js"></script></body>', read))
      .toEqual(['/_astro/store.js', '/_astro/code.js', '/_astro/base32.js']);
  });
  it('names an island, its renderer and its imports once each, and nothing for a page without modules', () => {
    expect(modulePreloads('<astro-island component-url="/_astro/Map.js" renderer-url="/_astro/client.js"></astro-island><script type="module" src="/_astro/checkin.js"></script>', read))
      .toEqual(['/_astro/Map.js', '/_astro/store.js', '/_astro/client.js', '/_astro/code.js', '/_astro/base32.js']);
    expect(modulePreloads('<script src="/register-sw.js" defer></script><script>inline()</script>', read)).toEqual([]);
  });
});

describe('referencesIn (what the precache keeps)', () => {
  it('reads pages, styles and scripts', () => {
    expect(referencesIn('a/index.html', '<link href="/_astro/a.css"><astro-island component-url="/_astro/M.js" renderer-url="/_astro/c.js"><img srcset="/_astro/p.webp 1x, /_astro/q.webp 2x">'))
      .toEqual(['_astro/a.css', '_astro/M.js', '_astro/c.js', '_astro/p.webp', '_astro/q.webp']);
    expect(referencesIn('_astro/a.css', '@font-face{src:url(/_astro/f.woff2)}')).toEqual(['_astro/f.woff2']);
    expect(referencesIn('_astro/M.js', 'import"./b.js";x("/_astro/pic.png")')).toEqual(['_astro/b.js', '_astro/pic.png']);
  });
});
