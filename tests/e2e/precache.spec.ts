import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Issue 16: a first visit precaches only what the offline walk needs (the map, trail, passport and the 12 check-in
 * pages of the first language, with their scripts, styles and pictures), at most 300 KB as sent (gzip), read from the built `sw.js`.
 */
const CLIENT = 'dist/client';
const precached = () => [...readFileSync(join(CLIENT, 'sw.js'), 'utf8').matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!);

test('the service worker precaches the offline pages and what they use, under 300 KB gzip', () => {
  const urls = precached();
  const pages = urls.filter((u) => u.endsWith('.html'));
  // The first language's offline walk; English pages are cached when an English reader visits (trail.spec).
  for (const p of ['index.html', 'trail/index.html', 'passport/index.html']) expect(pages).toContain(p);
  expect(pages.filter((p) => p.startsWith('checkin/'))).toHaveLength(12);
  expect(pages.every((p) => /^(index|trail\/index|passport\/index|checkin\/[^/]+\/index)\.html$/.test(p))).toBe(true);
  // The home page's island and its renderer are in; the map editor's and story pages' files are not.
  const home = readFileSync(join(CLIENT, 'index.html'), 'utf8');
  for (const m of home.matchAll(/(?:component|renderer)-url="\/([^"]+)"/g)) expect(urls).toContain(m[1]);
  expect(urls.some((u) => /geoman|MapEditor/i.test(u))).toBe(false);
  const gzip = urls.reduce((n, u) => n + gzipSync(readFileSync(join(CLIENT, u))).length, 0);
  const raw = urls.reduce((n, u) => n + statSync(join(CLIENT, u)).size, 0);
  console.log(`precache: ${urls.length} files, ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw)`);
  expect(gzip).toBeLessThanOrEqual(300 * 1024);
});

test('the map and submit pages carry none of the map editor’s styles', async ({ request }) => {
  // The editor's rules all start `.me`; Astro once gave them to every page whose island shares a module with it.
  for (const path of ['/', '/en/', '/submit/']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('<main');
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets.length, path).toBeGreaterThan(0);
    for (const href of sheets) expect(await (await request.get(href)).text(), `${path} ${href}`).not.toMatch(/\.me-panel\b/);
    expect(html, path).not.toMatch(/\.me-panel\b/);
  }
});
