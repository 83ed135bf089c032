#!/usr/bin/env node
/**
 * The site's HTTP server, on 127.0.0.1:4321 unless HOST / PORT say otherwise. `npm start` builds first.
 * - Static pages and assets come from the live build: dist/client at first, then whichever build the
 *   publisher last switched to (<data dir>/site/current), so approved stories appear without a restart.
 *   Precompressed .br/.gz files are sent when the browser accepts them; hashed assets are cached for a year.
 * - Everything else (submissions, receipts, moderation) goes to Astro's server routes, from the build this server
 *   runs (OUT_DIR): with that build's policy, and its hashed files when the live build lacks them (just after a
 *   deploy, until the rebuild at start replaces a live build the old code made); compressed on the fly.
 * - Every answer carries the security headers.
 * - The front door comes first (scripts/server/): one canonical path (other spellings are redirected or
 *   refused), only GET/HEAD/POST/OPTIONS, POST bodies within their route's limit, and the client's address
 *   from the socket, or from X-Forwarded-For when the socket is a proxy named in TRUSTED_PROXY. Everything
 *   behind the door (static files, middleware, routes) sees only that path and that one address.
 * OUT_DIR selects another first build (the tests build a second community into its own folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { admitBody, admitMethod, isUnservedPath } from './server/admitRequest.mjs';
import { canonicalTarget } from './server/canonicalPath.mjs';
import { clientAddress, isTrusted, normalAddress, trustedProxies } from './server/clientAddress.mjs';
import { doorAnswer, parserErrorAnswer, rawAnswer, SECURITY_HEADERS } from './server/doorAnswer.mjs';
import { firstBuildDir, readLiveBuild } from '../src/server/liveBuildDir.mjs';

const firstBuild = firstBuildDir();
const entry = join(firstBuild, 'server/entry.mjs');
if (!existsSync(entry)) {
  console.error(`No build in ${firstBuild}. Run "npm start" (builds, then serves) or "npm run build" first.`);
  process.exit(1);
}
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4321);
const dataDir = resolve(process.env.DATA_DIR || 'var');
let trusted;
try {
  trusted = trustedProxies(process.env.TRUSTED_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { handler } = await import(pathToFileURL(entry).href);

/** The static files of a build's `client/` folder, precompressed where the browser accepts it. */
const staticFiles = (client) => sirv(client, {
  etag: true, gzip: true, brotli: true, extensions: ['html'],
  setHeaders: (res, path) => {
    res.setHeader('cache-control', path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    // sirv's type table (mrmime) has no .ico, and with nosniff a file without a type is not an icon.
    if (path.endsWith('.ico')) res.setHeader('content-type', 'image/x-icon');
  },
});
/** A build's Content-Security-Policy (src/build/integrations/contentSecurityPolicy.ts): inline scripts allowed by hash only. */
const policyOf = (dir) => (existsSync(join(dir, 'server/content-security-policy.txt')) ? readFileSync(join(dir, 'server/content-security-policy.txt'), 'utf8').trim() : '');

/**
 * The build this server runs renders the server-side pages (submit, moderation): they carry its policy and load its
 * hashed files. After a deploy the live build may still be one the old code made, without those files; they are
 * served from here until the rebuild at start (src/server/siteRebuild.ts) replaces it.
 */
const first = { dir: firstBuild, assets: staticFiles(join(firstBuild, 'client')), csp: policyOf(firstBuild) };

/**
 * Compresses what Astro renders on request (the submit form with its map data, receipts, moderation pages), Brotli or
 * gzip as the browser accepts: the submit page is 136 KB of HTML, 15 KB with Brotli, on phones that pay for data.
 * Static files are already precompressed. (Compressed pages that mix a secret with text an attacker chose can leak
 * the secret by size, BREACH; moderation pages can be read only with the session cookie, which is SameSite=Strict,
 * so no other site can make a moderator's browser ask for them.)
 */
const compress = compression();

/** The static file handler of the live build; re-created when the publisher switches builds. */
let live = { dir: '', mtime: 0, serve: undefined, client: '', notFound: '', csp: '' };
function liveStatic() {
  const { dir, pointerMtimeMs: mtime } = readLiveBuild(dataDir, firstBuild);
  if (dir !== live.dir || mtime !== live.mtime) {
    const client = join(dir, 'client');
    live = { dir, mtime, serve: staticFiles(client), client, notFound: join(client, '404.html'), csp: policyOf(dir) };
  }
  return live;
}

/**
 * The not-found page for a path: a language's own (`/en/…` → the built `en/404/index.html`) when the path's
 * first segment is a language prefix the build made one for, else the default `404.html`; '' when neither exists.
 * The path is already canonical (the door's), and the segment must look like a language tag before it is a file name.
 * @param {{ client: string, notFound: string }} site
 * @param {string} url
 */
function notFoundPage(site, url) {
  const first = url.split(/[/?#]/)[1] ?? '';
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(first)) {
    const own = join(site.client, first, '404', 'index.html');
    if (existsSync(own)) return own;
  }
  return existsSync(site.notFound) ? site.notFound : '';
}

/**
 * Lets a request in only in its canonical form, rewriting req.url and the forwarding headers to what the
 * door decided; answers it (and returns false) otherwise.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function frontDoor(req, res) {
  const send = (/** @type {number} */ status, /** @type {string} */ reason, /** @type {Record<string, string>} */ headers = {}) => {
    const reply = doorAnswer(status, reason, { accept: req.headers.accept, head: req.method === 'HEAD', headers });
    res.writeHead(reply.status, reply.headers).end(reply.body);
    return false;
  };
  const method = admitMethod(req.method);
  if (!method.ok) return send(method.status, method.reason, method.headers);
  const target = canonicalTarget(req.url ?? '');
  if (!target.ok) return send(400, `地址写法有误（${target.reason}）。Malformed path (${target.reason}).`);
  if (target.changed) {
    return req.method === 'GET' || req.method === 'HEAD'
      ? send(308, '', { location: target.target })
      : send(400, `地址写法不规范，请用 ${target.path}。Non-canonical path: use ${target.path}.`);
  }
  const body = admitBody(req.method ?? '', target.path, req.headers['content-length']);
  if (!body.ok) return send(body.status, body.reason, body.headers);
  req.url = target.target;
  // Astro takes the first X-Forwarded-For value as clientAddress and builds URLs from x-forwarded-*:
  // from here on they hold only what the door decided.
  const peer = normalAddress(req.socket.remoteAddress);
  req.headers['x-forwarded-for'] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
  delete req.headers['x-forwarded-host'];
  delete req.headers['x-forwarded-port'];
  if (!peer || !isTrusted(trusted, peer)) delete req.headers['x-forwarded-proto'];
  return true;
}

/**
 * Every request: the door, then static files from the live build, then Astro.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {boolean} [expectsContinue] the client waits for "100 Continue" before sending its body
 */
function answer(req, res, expectsContinue = false) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (!frontDoor(req, res)) return;
  if (expectsContinue) res.writeContinue();
  const site = liveStatic();
  const policy = (csp) => { if (csp) res.setHeader('content-security-policy', csp); };
  policy(site.csp);
  const notFound = () => {
    policy(site.csp);
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    const page = notFoundPage(site, req.url ?? '/');
    res.end(page ? readFileSync(page) : 'Not found');
  };
  if (isUnservedPath((req.url ?? '/').split('?')[0] ?? '/')) return notFound();
  const dynamic = () => {
    policy(first.csp);
    compress(req, res, () => handler(req, res, notFound));
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return dynamic();
  const firstBuildAssets = () => (site.dir !== first.dir && (req.url ?? '').startsWith('/_astro/') ? first.assets(req, res, dynamic) : dynamic());
  site.serve(req, res, firstBuildAssets);
}

const server = createServer(answer);
// Idle keep-alive connections stay open longer than a proxy's or a client's own idle timeout (nginx 60 s,
// Node's fetch about 4 s), so the client is always the side that closes one: a server that closed first could
// meet a request already on its way on that socket, and the client would see a reset.
server.keepAliveTimeout = 70_000;
server.headersTimeout = 75_000;
// A client sending `Expect: 100-continue` (curl does for large uploads) hears the door's 413 before it
// sends a byte, instead of Node's automatic "100 Continue".
server.on('checkContinue', (req, res) => answer(req, res, true));
// Requests Node's parser refuses (unknown methods, oversized headers) and CONNECT never reach the handler
// above: answer them here too, briefly, instead of Node's bare 400 or a dropped connection.
server.on('clientError', (error, socket) => {
  // As Node's own handler: no answer on a reset or closed socket, or into a response already under way.
  const busy = /** @type {any} */ (socket)._httpMessage?._headerSent;
  if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET' || !socket.writable || busy) return socket.destroy();
  socket.end(rawAnswer(parserErrorAnswer(/** @type {NodeJS.ErrnoException} */ (error).code)));
});
server.on('connect', (_req, socket) => {
  socket.end(rawAnswer(parserErrorAnswer('HPE_INVALID_METHOD')));
});
// PORT=0 takes any free port; the line below names the one taken (the test servers read it).
server.listen(port, host, async () => {
  const { port: taken } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${taken}`;
  console.log(`Serving ${firstBuild} on ${origin}/`);
  // Opens the database (created on first run) and prints the moderator password if one was just made.
  await fetch(`${origin}/api/health`).catch(() => {});
});
// Stops taking connections and ends the idle ones (Node's close does); an answer under way (a photo still uploading)
// gets 10 s, then every connection is closed, so a stop or a redeploy never waits out a client that keeps its
// connection (up to 5 min).
const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => server.closeAllConnections(), 10_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
