import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A Workbox manifest transform for the offline pages: keeps the pages the glob patterns matched (the map, trail,
 * passport and check-in pages) and, of everything else, only what those pages load — their scripts and the
 * scripts those import, their styles and what the styles use, their icons and pictures. The rest (the editor's
 * and the admin pages' scripts, other pictures) is cached as it is visited, not on a first visit on a phone that
 * pays for data. `clientDir` is the built client folder.
 */
export function precacheWhatPagesUse(clientDir: string) {
  return <Entry extends { url: string }>(entries: Entry[]): { manifest: Entry[]; warnings: string[] } => {
    const used = new Set<string>();
    const read = (url: string) => { const path = join(clientDir, url); return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : ''; };
    const visit = (url: string): void => {
      if (used.has(url)) return;
      used.add(url);
      for (const ref of referencesIn(url, read(url))) visit(ref);
    };
    for (const e of entries) if (e.url.endsWith('.html')) visit(e.url);
    return { manifest: entries.filter((e) => used.has(e.url)), warnings: [] };
  };
}

/**
 * Site paths (without the leading `/`) a built file refers to: in HTML its `src`, `href`, `srcset` and island
 * module attributes; in CSS its `url(…)`s; in JS the chunks it imports (`./x.js`) and the assets it names.
 * @example referencesIn('index.html', '<script src="/_astro/a.js"></script>') → ['_astro/a.js']
 */
export function referencesIn(url: string, text: string): string[] {
  const out: string[] = [];
  if (url.endsWith('.html')) {
    for (const m of text.matchAll(/\b(?:src|href|component-url|renderer-url)="\/([^"?#]+)/g)) out.push(m[1]!);
    for (const m of text.matchAll(/\bsrcset="([^"]+)"/g)) for (const part of m[1]!.split(',')) { const p = part.trim().split(/\s+/)[0]; if (p?.startsWith('/')) out.push(p.slice(1)); }
  } else if (url.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*["']?\/([^"')?#]+)/g)) out.push(m[1]!);
  } else if (url.endsWith('.js')) {
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of text.matchAll(/["']\.\/([\w.-]+\.(?:js|css))["']/g)) out.push(`${dir}${m[1]}`);
    for (const m of text.matchAll(/["']\/?(_astro\/[\w.-]+)["']/g)) out.push(m[1]!);
  }
  return out;
}
