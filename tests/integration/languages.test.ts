import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages';

const CLIENT = 'dist/client';

/** Every built HTML page, as its URL path. */
function pages(dir = CLIENT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [`/${relative(CLIENT, path).replace(/index\.html$/, '').replace(/\.html$/, '')}`] : [];
  });
}
const fileOf = (path: string) => join(CLIENT, path.endsWith('/') ? `${path}index.html` : `${path}.html`);

describe('both languages on every built page', () => {
  const all = pages();
  it('builds the same pages in Chinese and English', () => {
    const zh = all.filter((p) => !p.startsWith('/en/') && p !== '/404');
    expect(zh.length).toBeGreaterThan(100);
    for (const p of zh) expect(all, p).toContain(`/en${p}`);
  });
  it('sets <html lang> by the address, and hreflang links point at pages that exist', () => {
    for (const p of all) {
      const html = readFileSync(fileOf(p), 'utf8');
      expect(/<html lang="([^"]+)"/.exec(html)?.[1], p).toBe(p.startsWith('/en/') ? 'en' : 'zh-CN');
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).pathname]);
      // A not-found page is no address of the site: it names no language versions of itself.
      if (p === '/404' || p.endsWith('/404/')) { expect(alternates, p).toEqual([]); continue; }
      expect(alternates.map((a) => a[0]), p).toEqual(['zh-CN', 'en', 'x-default']);
      for (const [, target] of alternates) expect(existsSync(fileOf(target!)), `${p} → ${target}`).toBe(true);
    }
  });
  it('never shows a raw message key to a reader', () => {
    const keys = Object.keys(MESSAGES['zh-CN']!);
    for (const p of all) {
      const text = readFileSync(fileOf(p), 'utf8').replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, ' ');
      for (const key of keys) expect(text.includes(` ${key} `) || text.includes(`>${key}<`), `${p} shows ${key}`).toBe(false);
    }
  });
});
