import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './htmlFiles';
import { tileConfigFromEnv } from '../../core/map/tileConfigFromEnv';

/** Where the policy of a build is written, inside the build's server folder (never served). */
export const CSP_FILE = 'content-security-policy.txt';

/**
 * After a build, writes its Content-Security-Policy: scripts only from the site itself plus the exact
 * inline scripts the build emitted (Astro's island loader, the elder-mode switch), by hash — no `'unsafe-inline'` scripts.
 * Styles allow `'unsafe-inline'`: Leaflet positions map panes, tiles and markers with inline styles, and
 * the pages colour legend swatches with `style` attributes. Images may also come from the configured tile
 * server. The server (`scripts/serve.mjs`) sends this policy with every answer of that build.
 */
export function contentSecurityPolicy(): AstroIntegration {
  let client: URL | undefined;
  let server: URL | undefined;
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:config:done': ({ config }) => { client = config.build.client; server = config.build.server; },
      'astro:build:done': () => {
        if (!client || !server) return;
        const hashes = new Set<string>();
        for (const path of htmlFiles(fileURLToPath(client))) {
          for (const m of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
            if (m[1]!.trim() && !/\btype="application\/json"/.test(m[0])) hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
          }
        }
        const tiles = tileConfigFromEnv(process.env);
        const tileOrigins = tiles ? [tiles.url, tiles.overlayUrl].filter(Boolean).map((u) => originPattern(u!)) : [];
        const policy = [
          "default-src 'self'",
          `script-src 'self' ${[...hashes].sort().join(' ')}`.trim(),
          "style-src 'self' 'unsafe-inline'",
          `img-src 'self' data: blob: ${tileOrigins.join(' ')}`.trim(),
          "font-src 'self'",
          "connect-src 'self'",
          "worker-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ].join('; ');
        writeFileSync(join(fileURLToPath(server), CSP_FILE), `${policy}\n`);
      },
    },
  };
}

/** `https://t{s}.tianditu.gov.cn/…` → `https://*.tianditu.gov.cn`; a plain host stays as its origin. */
function originPattern(template: string): string {
  const url = new URL(template.replace(/\{s\}/g, 'x').replace(/\{[xyz]\}/g, '0'));
  return template.includes('{s}') ? `${url.protocol}//*.${url.hostname.split('.').slice(1).join('.')}` : url.origin;
}
