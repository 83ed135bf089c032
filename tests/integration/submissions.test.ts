import { readdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { translator } from '../../src/i18n/translator';
import { issueFormToken } from '../../src/server/formToken';
import { serverSecret } from '../../src/server/serverSecret';
import { goodStoryFields } from '../support/goodStoryFields';
import { formTokenFromPage } from '../support/submissionToken';

const DAY = 24 * 60 * 60 * 1000;
let server: RunningServer;
// The default 3 s minimum fill time: tokens from the page are too young at first, so good stories carry a
// token dated a minute back, signed with the server's own secret (which the first page view created).
beforeAll(async () => {
  server = await startServer({ SUBMIT_RATE_LIMIT: '1000/60', ADMIN_PASSWORD: 'moderator-test-pass' });
  await formTokenFromPage(server.url);
});
afterAll(async () => { await server?.stop(); });

/** A form token as the server would have issued it at `issuedAt` (ms). */
const tokenIssuedAt = (issuedAt: number, to: RunningServer = server) => issueFormToken(serverSecret({ DATA_DIR: to.dataDir }), issuedAt);

/** A good submission's fields: a story at stairwell 22-3, sent as if the form had been open for a minute. */
const goodFields = (over: Record<string, string> = {}, to: RunningServer = server) => goodStoryFields(to, over);
const without = (fields: Record<string, string>, name: string) => Object.fromEntries(Object.entries(fields).filter(([k]) => k !== name));

async function send(fields: Record<string, string>, opts: { origin?: string | null; photo?: { data: Uint8Array; name: string; type: string }; to?: RunningServer } = {}) {
  const target = opts.to ?? server;
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (opts.photo) body.append('photo', new Blob([new Uint8Array(opts.photo.data)], { type: opts.photo.type }), opts.photo.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.origin !== null) headers.origin = opts.origin ?? target.url;
  const response = await fetch(`${target.url}/api/submissions`, { method: 'POST', body, headers });
  return { status: response.status, headers: response.headers, json: (await response.json().catch(() => ({}))) as { receipt?: string; errors?: Record<string, string>; formToken?: string; retry?: boolean } };
}
const rowCount = () => { const db = server.db(); try { return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n; } finally { db.close(); } };
const uploads = () => readdirSync(join(server.dataDir, 'uploads')).filter((n) => !n.startsWith('.'));

describe('the submit page, rendered on request', () => {
  /** The page as sent over the wire to a browser that accepts `encoding` (none: a client that takes it whole). */
  const fetchRaw = (encoding?: string) => new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    get(`${server.url}/submit/`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
  it('comes Brotli- or gzip-compressed to a phone that accepts it (a fifth of the bytes or less), and whole to a client that does not', async () => {
    const whole = await fetchRaw();
    expect(whole.encoding).toBeUndefined();
    expect(whole.body.toString()).toContain('讲讲你身边的地方');
    for (const [accepts, encoding, open] of [['br, gzip', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
      const sent = await fetchRaw(accepts);
      expect(sent.encoding).toBe(encoding);
      expect(sent.body.length, `${encoding}: ${sent.body.length} of ${whole.body.length} bytes`).toBeLessThan(whole.body.length / 5);
      expect(open(sent.body).toString()).toContain('讲讲你身边的地方');
    }
  });
  it('answers a receipt nobody was given with "404 Not Found" (not Astro\'s "404 OK") and a page that says so', async () => {
    const r = await fetch(`${server.url}/submit/status/AAAAAAAAAAAAAAAAAAAA/`);
    expect([r.status, r.statusText]).toEqual([404, 'Not Found']);
    expect(await r.text()).toContain(translator('zh-CN')('receipt.unknown'));
  });
});

describe('POST /api/submissions', () => {
  it('stores a good submission with its photo, answers 201 with a receipt, and shows its status', async () => {
    const before = rowCount();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#48a' } }).jpeg().withExif({ IFD0: { Make: 'TestCam' } }).toBuffer();
    const r = await send(goodFields(), { photo: { data: photo, name: 'flowers.jpg', type: 'image/jpeg' } });
    expect(r.status).toBe(201);
    expect(r.json.receipt).toMatch(/^[0-9A-Z]{20}$/);
    expect(rowCount()).toBe(before + 1);
    const db = server.db();
    const row = db.prepare('SELECT * FROM submissions WHERE receipt = ?').get(r.json.receipt) as Record<string, unknown>;
    db.close();
    expect(row).toMatchObject({ title: '三楼奶奶的花', kind: 'other', stairwell: '22-3', building: 22, status: 'pending', contact: '手机 138 0000 0000' });
    expect(uploads()).toContain(row.photo);
    const page = await (await fetch(`${server.url}/submit/status/${r.json.receipt}/`)).text();
    expect(page).toContain('正在等待社工审核');
    expect(page).not.toContain('138 0000 0000');
  });

  it('takes a form sent twice (a double tap, at once or again soon after) as one story with one receipt', async () => {
    const before = rowCount();
    const files = uploads().length;
    const fields = goodFields({ title: '按了两下的故事' });
    const photo = { data: await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5a8' } }).jpeg().toBuffer(), name: 'p.jpg', type: 'image/jpeg' };
    const [a, b] = await Promise.all([send(fields, { photo }), send(fields, { photo })]);
    const again = await send(fields, { photo });
    expect([a.status, b.status, again.status]).toEqual([201, 201, 201]);
    expect(new Set([a.json.receipt, b.json.receipt, again.json.receipt]).size).toBe(1);
    expect(rowCount()).toBe(before + 1);
    expect(uploads()).toHaveLength(files + 1);
    // Changed, it is another story.
    expect((await send({ ...fields, body: `${fields.body!}还有一句。` })).json.receipt).not.toBe(a.json.receipt);
    expect(rowCount()).toBe(before + 2);
  });

  it('keeps the building and stairwell a tapped point snapped to, with the point (a story about 18 stays on 18)', async () => {
    const r = await send(goodFields({ stairwell: '', building: '18', lng: '120.001470', lat: '31.790880' }));
    expect(r.status).toBe(201);
    const db = server.db();
    const row = db.prepare('SELECT lng, lat, building, stairwell FROM submissions WHERE receipt = ?').get(r.json.receipt) as Record<string, unknown>;
    db.close();
    expect(row).toEqual({ lng: 120.00147, lat: 31.79088, building: 18, stairwell: null });
    const unknown = await send(goodFields({ stairwell: '99-9', lng: '120.001470', lat: '31.790880' }));
    expect([unknown.status, unknown.json.errors?.location]).toEqual([400, expect.any(String)]);
  });

  it('refuses each class of bad input with a 4xx naming the field, and writes no row and no file', async () => {
    const rows = rowCount();
    const files = uploads().length;
    const cases: [string, Promise<Awaited<ReturnType<typeof send>>>, number, string][] = [
      ['empty title', send(goodFields({ title: '' })), 400, 'title'],
      ['short story', send(goodFields({ body: '太短了' })), 400, 'body'],
      ['three links', send(goodFields({ body: `${goodFields().body} https://a.example https://b.example https://c.example` })), 400, 'body'],
      ['three links as e-mail and bare domains', send(goodFields({ body: `${goodFields().body} 找 li@flowers.cn 或 flowers.cn 或 shop.example.cn/x` })), 400, 'body'],
      ['a title of invisible fillers', send(goodFields({ title: '\u3164\u2800\u200f' })), 400, 'title'],
      ['unknown kind', send(goodFields({ kind: 'castle' })), 400, 'kind'],
      ['no location', send(goodFields({ stairwell: '' })), 400, 'location'],
      ['outside the boundary', send(goodFields({ stairwell: '', lng: '121.5', lat: '31.2' })), 400, 'location'],
      ['NaN coordinates', send(goodFields({ stairwell: '', lng: 'NaN', lat: '31.79' })), 400, 'lng'],
      ['no consent', send(goodFields({ consent: '' })), 400, 'consent'],
      ['duplicated field', (async () => { const b = new FormData(); for (const [k, v] of Object.entries(goodFields())) b.append(k, v); b.append('title', 'again'); const res = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: b, headers: { origin: server.url, accept: 'application/json' } }); return { status: res.status, headers: res.headers, json: await res.json() }; })(), 400, 'title'],
      ['HTML named .jpg', send(goodFields(), { photo: { data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'photo.jpg', type: 'image/jpeg' } }), 400, 'photo'],
      ['honeypot filled', send(goodFields({ website: 'http://spam.example' })), 400, 'form'],
      ['honeypot left out', send(without(goodFields(), 'website')), 400, 'form'],
      ['no form token', send(without(goodFields(), 'formToken')), 400, 'form'],
      ['a startedAt time as the token', send(goodFields({ formToken: String(Date.now() - 60_000) })), 400, 'form'],
      ['a forged token', send(goodFields({ formToken: `${Date.now() - 60_000}.${'A'.repeat(43)}` })), 400, 'form'],
      ['a token signed with another secret', send(goodFields({ formToken: issueFormToken(new Uint8Array(32).fill(7), Date.now() - 60_000) })), 400, 'form'],
      ['filled in a second', formTokenFromPage(server.url).then((formToken) => send(goodFields({ formToken }))), 400, 'form'],
      ['malformed body', (async () => { const res = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: '--x\r\nbroken', headers: { origin: server.url, accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x' } }); return { status: res.status, headers: res.headers, json: await res.json() }; })(), 400, 'form'],
      ['oversize body', send(goodFields(), { photo: { data: new Uint8Array(12 * 1024 * 1024), name: 'big.jpg', type: 'image/jpeg' } }), 413, 'form'],
    ];
    for (const [name, pending, status, field] of cases) {
      const r = await pending;
      expect(r.status, name).toBe(status);
      expect(Object.keys(r.json.errors ?? {}), name).toContain(field);
      expect(r.json.errors![field]!.length, name).toBeGreaterThan(3);
    }
    expect(rowCount()).toBe(rows);
    expect(uploads().length).toBe(files);
  });

  it('gives field errors in English for an English form', async () => {
    const r = await send(goodFields({ lang: 'en', title: '' }));
    expect(r.json.errors?.title).toBe('Write a title, up to 60 characters.');
    expect((await send(goodFields({ lang: 'en', title: '\u3164\u3164' }))).json.errors?.title).toBe('The title shows no letters or digits; write it in words or numbers.');
  });

  it('tells apart a robot\'s speed, a forgery and a page left open for a week', async () => {
    const rowsBefore = rowCount();
    const fast = await send(goodFields({ formToken: await formTokenFromPage(server.url) }));
    expect(fast.json.errors?.form).toBe('填得太快了，请检查一下再提交。');
    // A person pressing Send on an empty form at once hears which fields to fill, not "too fast".
    const empty = await send(goodFields({ formToken: await formTokenFromPage(server.url), title: '', body: '' }));
    expect(empty.status).toBe(400);
    expect(empty.json.errors).toMatchObject({ title: expect.stringContaining('标题'), body: expect.stringContaining('故事') });
    expect(empty.json.errors?.form).toBeUndefined();
    expect(rowCount()).toBe(rowsBefore);
    const forged = await send(goodFields({ formToken: String(Date.now() - 60_000) }));
    expect(forged.json.errors?.form).toBe('表单已失效，请再提交一次。');
    expect(forged.json.retry).toBeUndefined();
  });

  it('renews a week-old form\'s token so that sending again at once is accepted', async () => {
    const rows = rowCount();
    const stale = await send(goodFields({ title: '放了一周的表单', formToken: tokenIssuedAt(Date.now() - 8 * DAY) }));
    expect([stale.status, stale.json.retry]).toEqual([400, true]);
    expect(stale.json.errors?.form).toMatch(/打开太久/);
    expect(rowCount()).toBe(rows);
    const again = await send(goodFields({ title: '放了一周的表单', formToken: stale.json.formToken! }));
    expect(again.status).toBe(201);
    expect(rowCount()).toBe(rows + 1);
  });

  it('without JavaScript, shows the page again with what was typed and a fresh token', async () => {
    const body = new FormData();
    for (const [k, v] of Object.entries(goodFields({ lang: 'en', title: 'Kept while stale', formToken: tokenIssuedAt(Date.now() - 8 * DAY) }))) body.append(k, v);
    const r = await fetch(`${server.url}/en/submit/`, { method: 'POST', body, headers: { origin: server.url } });
    const html = await r.text();
    expect(r.status).toBe(400);
    expect(html).toContain('This page was open for a long time and its form has been renewed; send it again.');
    expect(html).toContain('value="Kept while stale"');
    expect(/name="formToken" value="([^"]+)"/.exec(html)?.[1]).not.toBe(body.get('formToken'));
  });

  it('refuses cross-origin and origin-less posts with 403', async () => {
    const rows = rowCount();
    expect((await send(goodFields(), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await send(goodFields(), { origin: null })).status).toBe(403);
    expect(rowCount()).toBe(rows);
  });
});

describe('rate limit', () => {
  it('counts only accepted stories, then answers 429 with Retry-After in seconds and the wait in minutes, in the page\'s language', async () => {
    const limited = await startServer({ SUBMIT_RATE_LIMIT: '2/600' });
    try {
      await formTokenFromPage(limited.url);
      // Mistakes on a shared connection use up nothing: five refused tries, then two stories go through.
      for (let i = 0; i < 5; i += 1) expect((await send(goodFields({ title: '' }, limited), { to: limited })).status).toBe(400);
      expect((await send(goodFields({}, limited), { to: limited })).status).toBe(201);
      expect((await send(goodFields({}, limited), { to: limited })).status).toBe(201);
      const third = await send(goodFields({}, limited), { to: limited });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(540);
      expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(600);
      expect(third.json.errors?.form).toBe('提交得太频繁了，请 10 分钟后再试。');
      const english = await send(goodFields({ lang: 'en' }, limited), { to: limited });
      expect(english.json.errors?.form).toBe('Too many stories from this connection; try again in 10 minutes.');
      const body = new FormData();
      for (const [k, v] of Object.entries(goodFields({ lang: 'en', title: 'Typed before the limit' }, limited))) body.append(k, v);
      const page = await fetch(`${limited.url}/en/submit/`, { method: 'POST', body, headers: { origin: limited.url } });
      expect(page.status).toBe(429);
      expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
      const html = await page.text();
      expect(html).toContain('try again in 10 minutes');
      expect(html).toContain('value="Typed before the limit"');
    } finally {
      await limited.stop();
    }
  });

  it('holds to the limit when many stories with photos come at once (a double tap, a script)', async () => {
    const limited = await startServer({ SUBMIT_RATE_LIMIT: '2/600' });
    try {
      await formTokenFromPage(limited.url);
      // Big enough that the photo pipeline takes a while: every request is in before the first is stored.
      const data = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#a63' } }).jpeg({ quality: 95 }).toBuffer();
      const sent = await Promise.all(Array.from({ length: 8 }, (_, i) => send(goodFields({ title: `同时寄出的第 ${i + 1} 个` }, limited), { to: limited, photo: { data, name: 'p.jpg', type: 'image/jpeg' } })));
      expect(sent.map((r) => r.status).sort()).toEqual([201, 201, 429, 429, 429, 429, 429, 429]);
      const db = limited.db();
      try { expect((db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n).toBe(2); } finally { db.close(); }
      expect(readdirSync(join(limited.dataDir, 'uploads')).filter((n) => !n.startsWith('.'))).toHaveLength(2);
    } finally {
      await limited.stop();
    }
  });
});

describe('moderation routes', () => {
  it('refuse anyone not signed in: pages redirect to sign-in, actions get 401', async () => {
    for (const path of ['/admin/', '/en/admin/', '/admin/audit/', '/admin/submissions/1/', '/admin/photos/00000000000000000000000000000000.jpg']) {
      const r = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(r.status, path).toBe(303);
      expect(r.headers.get('location'), path).toMatch(/\/admin\/login\/$/);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await fetch(`${server.url}/admin/submissions/1/`, { method, redirect: 'manual', headers: { origin: server.url }, body: 'action=approve' });
      // The server's front door turns methods it never answers away (405) before the session check (401).
      expect(r.status, method).toBe(method === 'POST' ? 401 : 405);
    }
  });
  it('signs in with the configured password and sets a strict, script-proof session cookie', async () => {
    const wrong = await fetch(`${server.url}/admin/login/`, { method: 'POST', redirect: 'manual', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=admin&password=nope' });
    expect([wrong.status, wrong.statusText]).toEqual([401, 'Unauthorized']);
    const right = await fetch(`${server.url}/admin/login/`, { method: 'POST', redirect: 'manual', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=admin&password=moderator-test-pass' });
    expect(right.status).toBe(303);
    const cookie = right.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const queue = await fetch(`${server.url}/admin/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('三楼奶奶的花');
  });
});
