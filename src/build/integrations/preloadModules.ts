import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './htmlFiles';

/**
 * After a build, gives every page with an island or a module script `<link rel="modulepreload">` for every module
 * they statically import (and for the island's module and its renderer, which its loader imports later): the
 * browser fetches them all at once while it parses the page, instead of discovering them one import at a time after
 * the island's loader or the page's script has arrived (each round trip is slow on a phone). Must run before the
 * build is precompressed.
 */
export function preloadModules(): AstroIntegration {
  let client: URL | undefined;
  return {
    name: 'preload-modules',
    hooks: {
      'astro:config:done': ({ config }) => { client = config.build.client; },
      'astro:build:done': () => {
        if (!client) return;
        const root = fileURLToPath(client);
        for (const path of htmlFiles(root)) {
          const html = readFileSync(path, 'utf8');
          const preload = modulePreloads(html, (url) => readFileSync(join(root, url), 'utf8'));
          if (!preload.length) continue;
          const links = preload.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
          writeFileSync(path, html.replace('</head>', `${links}</head>`));
        }
      },
    },
  };
}

/**
 * What a page's `<link rel="modulepreload">`s name: its islands' modules and renderers and everything they and the
 * page's own module scripts import statically. Not the scripts themselves: the browser finds those as it parses.
 * @example modulePreloads('<script type="module" src="/_astro/page.js"></script>', read) → ['/_astro/store.js'] (page.js imports ./store.js)
 */
export function modulePreloads(html: string, read: (url: string) => string): string[] {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) => [...m[0].matchAll(/\b(?:component|renderer)-url="(\/[^"]+\.js)"/g)].map((u) => u[1]!));
  const scripts = [...html.matchAll(/<script\b(?=[^>]*\btype="module")[^>]*\bsrc="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return moduleClosure([...islands, ...scripts], read).filter((url) => islands.includes(url) || !scripts.includes(url));
}

/**
 * The modules `entries` (islands, page scripts) load before running, in order: each entry and, depth first, what it imports statically
 * (`import … from "./x.js"`, `export … from`, `import "./x.js"`) — not `import("./x.js")`, which loads later if at all.
 * @example moduleClosure(['/_astro/a.js'], (u) => (u === '/_astro/a.js' ? 'import{b}from"./b.js";' : '')) → ['/_astro/a.js', '/_astro/b.js']
 */
export function moduleClosure(entries: readonly string[], read: (url: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (url: string): void => {
    if (seen.has(url)) return;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of read(url).matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(`${dir}${m[1]}`);
  };
  for (const e of entries) visit(e);
  return [...seen];
}
