import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { sendStory } from '../support/sendStory';
import { rawRequest, type RawResponse } from '../support/rawRequest';
import { signIn } from '../support/signIn';

const PASSWORD = 'door-test-passphrase';
let server: RunningServer;
/** Sample values for route parameters, filled in once a real story with a photo is stored. */
const sample: Record<string, string> = { id: '1', receipt: 'A'.repeat(20), name: `${'0'.repeat(32)}.jpg` };

beforeAll(async () => {
  server = await startServer({ ADMIN_PASSWORD: PASSWORD, ADMIN_SIGNIN_LIMIT: '100000/900', SUBMIT_RATE_LIMIT: '100000/60', SUBMIT_MIN_FILL_MS: '0' });
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#486' } }).jpeg().toBuffer();
  await sendStory(server, { lang: 'en', title: 'A bench by the door', body: 'Neighbours sit here every evening and talk about the day.', kind: 'bench', stairwell: '22-1', building: '' }, photo);
  const db = server.db();
  const row = db.prepare('SELECT id, receipt, photo FROM submissions ORDER BY id DESC LIMIT 1').get() as { id: number; receipt: string; photo: string };
  db.close();
  Object.assign(sample, { id: String(row.id), receipt: row.receipt, name: row.photo });
});
afterAll(async () => { await server?.stop(); });

type Route = { path: string; file: string; admin: boolean };

/**
 * Every server route (`prerender = false` under src/pages) as canonical paths: `[...lang]` as '' and 'en',
 * other parameters as the sample story's values. A new route is walked without touching this test.
 */
function serverRoutes(): Route[] {
  const pages = join(process.cwd(), 'src/pages');
  const files = (readdirSync(pages, { recursive: true }) as string[]).filter((f) => /\.(astro|ts)$/.test(f));
  const routes: Route[] = [];
  for (const file of files.filter((f) => /export const prerender = false/.test(readFileSync(join(pages, f), 'utf8')))) {
    const page = file.endsWith('.astro');
    const parts = file.replace(/\.(astro|ts)$/, '').split(/[\\/]/).filter((p) => p !== 'index');
    for (const lang of parts[0] === '[...lang]' ? ['', 'en'] : ['']) {
      const segments = parts.map((p) => p === '[...lang]' ? lang : p.replace(/^\[(\w+)\]$/, (_m, name: string) => sample[name] ?? 'sample')).filter(Boolean);
      const path = `/${segments.join('/')}${page && segments.length ? '/' : ''}`;
      routes.push({ path, file: relative(pages, join(pages, file)), admin: parts.includes('admin') && !parts.includes('login') });
    }
  }
  return routes;
}

/** Ways to spell one path that a lax server could take for it (each still means that path, or nothing). */
function spellings(path: string): string[] {
  const segments = path.split('/').slice(1);
  const named = segments.map((s, i) => ({ s, i })).filter(({ s }) => s);
  const at = (i: number, replacement: string) => `/${segments.map((s, j) => (j === i ? replacement : s)).join('/')}`;
  const sep = (i: number, separator: string) => `/${segments.slice(0, i).join('/')}${i ? separator : ''}${segments.slice(i).join('/')}`;
  const before = (i: number, inserted: string) => `/${[...segments.slice(0, i), inserted, ...segments.slice(i)].join('/')}`;
  const hex = (c: string, lower = false) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')[lower ? 'toLowerCase' : 'toUpperCase']()}`;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const out = new Set<string>([path, path.toUpperCase(), `/${segments.map(capital).join('/')}`]);
  for (const { s, i } of named) {
    for (const variant of [s.toUpperCase(), capital(s), hex(s[0]!) + s.slice(1), hex(s[0]!, true) + s.slice(1), [...s].map((c) => hex(c)).join(''),
      `%25${hex(s[0]!).slice(1)}${s.slice(1)}`, `${s};x`, `${s}%00`, `${s}%20`, `${s}.`, `%EF%BD%81${s.slice(1)}`]) out.add(at(i, variant));
    for (const inserted of ['', '.', '%2e', '%2E', 'x/..', 'x/%2e%2e', 'x/%2E%2e', 'x/.%2e', '..']) out.add(before(i, inserted));
    if (i > 0) for (const separator of ['//', '\\', '%5C', '%5c', '%2F', '%2f', '%252F', '/./', '/%2e/', '\\/', '/\\']) out.add(sep(i, separator));
  }
  for (const tail of ['/', '//', '/.', '/./', 'index.html', '/index.html', ';x', '?x=1', '%3F', '%23', '/%2e']) out.add(`${path}${tail}`);
  for (const head of ['/', '//', '/.', '/..', '/%2e%2e', '/EN', '/xx', '/zh-CN', '/en/en', '/%65n', '\\']) out.add(`${head}${path}`);
  for (const head of ['\\', '/\\', '\\\\', '/%5C', '/%2F', '/%2f', '/%252F', '/./', '/x/../']) out.add(`${head}${path.slice(1)}`);
  for (const spelt of [path, `/${path}`, at(named[0]?.i ?? 0, (named[0]?.s ?? '').toUpperCase())]) {
    out.add(`http://127.0.0.1:${server.port}${spelt}`);
    out.add(`http://evil.example${spelt}`);
  }
  out.add(`HTTP://x${path}`);
  return [...out];
}

/** Follows redirects to this same server (GET after 303, the same method after 307/308), five at most. */
async function follow(method: string, target: string, headers: Record<string, string>, body?: string): Promise<{ hops: string[]; last: RawResponse }> {
  const hops = [`${method} ${target}`];
  let last = await rawRequest(server.port, method, target, headers, body);
  for (let n = 0; n < 5 && last.status >= 300 && last.status < 400; n += 1) {
    const location = last.headers.location ?? '';
    const local = location.startsWith(server.url) ? location.slice(server.url.length) : location;
    if (!local.startsWith('/') || local.startsWith('//')) break;
    if (last.status === 303) { method = 'GET'; body = undefined; headers = { ...headers }; delete headers['content-length']; }
    hops.push(`${last.status} → ${method} ${local}`);
    last = await rawRequest(server.port, method, local, headers, body);
  }
  return { hops, last };
}

/** What only a signed-in moderator may see: the moderation menu, or a resident's photo. */
const ADMIN_CONTENT = /class="admin-nav"/;
const isAdminContent = (r: RawResponse) => ADMIN_CONTENT.test(r.text) || (r.headers['content-type'] ?? '').startsWith('image/');
const isSignInPage = (r: RawResponse) => r.status < 300 && /<form method="post"/.test(r.text) && /type="password"/.test(r.text);

/** Runs `task` over `items`, four at a time (the machines are shared). */
async function inPool<T>(items: T[], task: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: 4 }, async () => { for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item); }));
}

describe('every server route, however its path is spelt', () => {
  it('finds the server routes in src/pages, moderation ones included', () => {
    const paths = serverRoutes().map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/admin/', '/en/admin/', '/admin/audit/', '/admin/login/', `/admin/submissions/${sample.id}/`, `/admin/photos/${sample.name}`, '/api/submissions', '/submit/', '/en/submit/']));
  });

  it('a signed-in moderator reaches the queue, a story and its photo at their canonical paths, and from a sloppy spelling by one redirect', async () => {
    const cookie = await signIn(server.url, { password: PASSWORD });
    for (const path of ['/admin/', '/en/admin/', `/admin/submissions/${sample.id}/`]) {
      const r = await rawRequest(server.port, 'GET', path, { cookie });
      expect(r.status, path).toBe(200);
      expect(r.text, path).toMatch(ADMIN_CONTENT);
    }
    const photo = await rawRequest(server.port, 'GET', `/admin/photos/${sample.name}`, { cookie });
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const sloppy = await follow('GET', '//ADMIN/./submissions/', { cookie });
    expect(sloppy.hops).toEqual(['GET //ADMIN/./submissions/', '308 → GET /admin/submissions/']);
    const queue = await follow('GET', `//%61dmin//submissions/x/../${sample.id}/`, { cookie });
    expect(queue.last.status).toBe(200);
    expect(queue.last.text).toMatch(ADMIN_CONTENT);
  });

  it('without signing in, no spelling of any route, by GET or POST, reaches moderation', async () => {
    const routes = serverRoutes();
    const failures: string[] = [];
    let checked = 0;
    const attempts = routes.flatMap((route) => spellings(route.path).flatMap((spelt) => ['GET', 'POST'].map((method) => ({ route, spelt, method }))));
    await inPool(attempts, async ({ route, spelt, method }) => {
      // The same-origin header lets a POST past the cross-origin check, so it meets the session check itself.
      const headers: Record<string, string> = method === 'POST' ? { origin: server.url, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '14' } : {};
      const { hops, last } = await follow(method, spelt, headers, method === 'POST' ? 'action=approve' : undefined);
      checked += 1;
      const where = `${route.file}: ${hops.join(' ')} → ${last.status}`;
      if (last.status >= 500) failures.push(`${where} (server error)`);
      else if (isAdminContent(last)) failures.push(`${where} (moderation content!)`);
      else if (route.admin && !(last.status >= 400 && last.status < 500) && !isSignInPage(last)) failures.push(`${where} (neither refused nor the sign-in page)`);
    });
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('methods and bodies at the door', () => {
  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'BREW', 'CONNECT'])('%s gets 405 with Allow and the security headers, never a 500', async (method) => {
    const r = await rawRequest(server.port, method, method === 'CONNECT' ? '127.0.0.1:80' : '/admin/submissions/1/', { origin: server.url, 'content-length': '0' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.text).not.toMatch(/at .+\(.+:\d+:\d+\)/);
  });

  it('answers OPTIONS with the methods it takes', async () => {
    const r = await rawRequest(server.port, 'OPTIONS', '*');
    expect(r.status).toBe(204);
    expect(r.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('wants a POST to say how long it is (411), and refuses a spelling it would otherwise redirect (400)', async () => {
    const chunked = await rawRequest(server.port, 'POST', '/api/submissions', { origin: server.url, 'transfer-encoding': 'chunked' }, '0\r\n\r\n');
    expect(chunked.status).toBe(411);
    const sloppy = await rawRequest(server.port, 'POST', '//admin/login/', { origin: server.url, 'content-length': '0' });
    expect(sloppy.status).toBe(400);
    expect(sloppy.text).toContain('/admin/login/');
  });

  it('refuses a body over its route’s limit with 413 before reading it, in the form the submit script shows', async () => {
    // Only the headers are sent: the answer comes without the server waiting for the 12 MB it was promised.
    const story = await rawRequest(server.port, 'POST', '/api/submissions', { origin: server.url, accept: 'application/json', 'content-length': String(12 * 1024 * 1024) });
    expect(story.status).toBe(413);
    expect(JSON.parse(story.text).errors.form).toMatch(/11 MB/);
    const noJs = await rawRequest(server.port, 'POST', '/en/submit/', { origin: server.url, 'content-length': String(11 * 1024 * 1024 + 1) });
    expect(noJs.status).toBe(413);
    expect(noJs.headers['content-type']).toBe('text/plain; charset=utf-8');
    const signInForm = await rawRequest(server.port, 'POST', '/admin/login/', { origin: server.url, 'content-length': String(17 * 1024) });
    expect(signInForm.status).toBe(413);
    const other = await rawRequest(server.port, 'POST', '/submit/status/AAAA/', { origin: server.url, 'content-length': String(17 * 1024) });
    expect(other.status).toBe(413);
    const moderation = await rawRequest(server.port, 'POST', `/admin/submissions/${sample.id}/`, { origin: server.url, 'content-length': String(2 * 1024 * 1024 + 1) });
    expect(moderation.status).toBe(413);
    // A client that asks first is told before it sends anything (no "100 Continue").
    const asking = await rawRequest(server.port, 'POST', '/api/submissions', { origin: server.url, expect: '100-continue', 'content-length': String(12 * 1024 * 1024) });
    expect(asking.status).toBe(413);
  });
  it('serves no one Astro’s unused routes or a file’s compressed twin: a huge resize asked of /_image costs nothing', async () => {
    const picture = readdirSync(join(process.cwd(), 'dist/client/_astro')).find((f) => f.endsWith('.svg'))!;
    const started = Date.now();
    const resize = await fetch(`${server.url}/_image?href=/_astro/${picture}&w=24000&f=png`);
    expect(resize.status).toBe(404);
    expect(await resize.text()).toContain('<html');
    expect(Date.now() - started).toBeLessThan(1000);
    for (const path of ['/_server-islands/Map', '/_actions/x', '/index.html.br', '/sw.js.gz']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    // The twins still go out as the encoding of the file they compress.
    const home = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(home.headers.get('content-encoding')).toBe('br');
    expect(await home.text()).toContain('<html');
  });
});
