import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A third language takes a dictionary and content, nothing else: the tiny-tw fixture lists zh-CN, en and
 * zh-TW, and its build has every page under /zh-tw/ in Traditional Chinese, with hreflang for all three.
 */
let out: string;
let client: string;

/** Every built HTML page, as its URL path. */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [`/${relative(client, path).replace(/index\.html$/, '').replace(/\.html$/, '')}`] : [];
  });
}
const html = (path: string) => readFileSync(join(client, path.endsWith('/') ? `${path}index.html` : `${path}.html`), 'utf8');

beforeAll(() => {
  // Inside the checkout (dist-* is ignored), so the server bundle the build prerenders with finds node_modules.
  out = mkdtempSync('dist-tiny-tw-');
  client = join(out, 'client');
  // Servers of other tests may be rebuilding in this checkout meanwhile: one astro build at a time.
  execFileSync(process.execPath, ['src/server/lockedBuild.mjs'], { env: { ...process.env, COMMUNITY_DIR: 'tests/fixtures/tiny-tw', OUT_DIR: resolve(out) }, stdio: 'pipe' });
}, 400_000);
afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

describe('a community with a third language (zh-TW)', () => {
  it('builds every page under /zh-tw/ too', () => {
    const all = pages(client);
    const zh = all.filter((p) => !/^\/(en|zh-tw)\//.test(p) && p !== '/404');
    expect(zh.length).toBeGreaterThan(10);
    for (const p of zh) expect(all, p).toContain(`/zh-tw${p}`);
  });
  it('says <html lang="zh-TW"> and links the three languages with hreflang', () => {
    const page = html('/zh-tw/landmarks/');
    expect(/<html lang="([^"]+)"/.exec(page)?.[1]).toBe('zh-TW');
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
    expect(alternates).toEqual([['zh-CN', '/landmarks/'], ['en', '/en/landmarks/'], ['zh-TW', '/zh-tw/landmarks/'], ['x-default', '/landmarks/']]);
  });
  it('shows Traditional Chinese: the interface, the places and the stories', () => {
    const home = html('/zh-tw/');
    expect(home).toContain('首頁');
    expect(home).toContain('繁體中文');
    expect(home).toContain('示例社區');
    expect(home).not.toContain('首页');
    const story = html('/zh-tw/landmarks/mural-a/');
    expect(story).toContain('向日葵牆');
    expect(story).toContain('牆上畫著向日葵');
  });
  it('names buildings with the community’s own unit word in each language', () => {
    expect(html('/zh-tw/buildings/1/')).toContain('1棟');
    expect(html('/buildings/1/')).toContain('1栋');
    expect(html('/en/buildings/1/')).toContain('Block 1');
  });
  it('has a web app manifest with its own name, never Cailing’s', () => {
    const file = join(client, 'manifest.webmanifest');
    expect(existsSync(file)).toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name: string; short_name: string; description: string };
    expect(manifest.short_name).toBe('示例地图');
    expect(JSON.stringify(manifest)).not.toMatch(/采菱|Cailing/);
  });
});
