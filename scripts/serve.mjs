#!/usr/bin/env node
/**
 * The site's HTTP server, on 127.0.0.1:4321 unless HOST / PORT say otherwise. `npm start` builds first.
 * - Static pages and assets come from the live build: dist/client at first, then whichever build the
 *   publisher last switched to (<data dir>/site/current), so approved stories appear without a restart.
 *   Precompressed .br/.gz files are sent when the browser accepts them; hashed assets are cached for a year.
 * - Everything else (submissions, receipts, moderation) goes to Astro's server routes.
 * - Every answer carries the security headers.
 * OUT_DIR selects another first build (the tests build a second community into its own folder).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

const firstBuild = resolve(process.env.OUT_DIR || 'dist');
const entry = join(firstBuild, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`No build in ${firstBuild}. Run "npm start" (builds, then serves) or "npm run build" first.`);
  process.exit(1);
}
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4321);
const pointer = join(resolve(process.env.DATA_DIR || 'var'), 'site/current');
const { handler } = await import(pathToFileURL(entry).href);

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** The static file handler of the live build; re-created when the publisher switches builds. */
let live = { dir: '', mtime: 0, serve: undefined, notFound: '', csp: '' };
function liveStatic() {
  let dir = firstBuild;
  let mtime = 0;
  if (existsSync(pointer)) {
    mtime = statSync(pointer).mtimeMs;
    const target = readFileSync(pointer, 'utf8').trim();
    if (existsSync(join(target, 'client'))) dir = target;
  }
  if (dir !== live.dir || mtime !== live.mtime) {
    const client = join(dir, 'client');
    live = {
      dir, mtime,
      serve: sirv(client, {
        etag: true, gzip: true, brotli: true, extensions: ['html'],
        setHeaders: (res, path) => res.setHeader('cache-control', path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate'),
      }),
      notFound: join(client, '404.html'),
      // Written by the build (src/integrations/contentSecurityPolicy.ts): inline scripts allowed by hash only.
      csp: existsSync(join(dir, 'server/content-security-policy.txt')) ? readFileSync(join(dir, 'server/content-security-policy.txt'), 'utf8').trim() : '',
    };
  }
  return live;
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
  const site = liveStatic();
  if (site.csp) res.setHeader('content-security-policy', site.csp);
  const dynamic = () => handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(existsSync(site.notFound) ? readFileSync(site.notFound) : 'Not found');
  });
  if (req.method !== 'GET' && req.method !== 'HEAD') return dynamic();
  site.serve(req, res, dynamic);
});
server.listen(port, host, async () => {
  console.log(`Serving ${firstBuild} on http://${host}:${port}/`);
  // Opens the database (created on first run) and prints the moderator password if one was just made.
  await fetch(`http://${host}:${port}/api/health`).catch(() => {});
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
