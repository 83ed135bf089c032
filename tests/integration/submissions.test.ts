import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';

let server: RunningServer;
beforeAll(async () => { server = await startServer({ SUBMIT_RATE_LIMIT: '1000/60', ADMIN_PASSWORD: 'moderator-test-pass' }); });
afterAll(async () => { await server?.stop(); });

/** A good submission's fields: a story at stairwell 22-3, sent as if the form had been open for a minute. */
export const goodFields = (over: Record<string, string> = {}) => ({
  lang: 'zh-CN', title: '三楼奶奶的花', body: '楼道口摆着一排花，是三楼的奶奶每天浇水照顾的。', kind: 'other',
  stairwell: '22-3', consent: 'yes', website: '', startedAt: String(Date.now() - 60_000), contact: '手机 138 0000 0000', ...over,
});

async function send(fields: Record<string, string>, opts: { origin?: string | null; photo?: { data: Uint8Array; name: string; type: string }; to?: RunningServer } = {}) {
  const target = opts.to ?? server;
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (opts.photo) body.append('photo', new Blob([new Uint8Array(opts.photo.data)], { type: opts.photo.type }), opts.photo.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.origin !== null) headers.origin = opts.origin ?? target.url;
  const response = await fetch(`${target.url}/api/submissions`, { method: 'POST', body, headers });
  return { status: response.status, headers: response.headers, json: (await response.json().catch(() => ({}))) as { receipt?: string; errors?: Record<string, string> } };
}
const rowCount = () => { const db = server.db(); try { return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n; } finally { db.close(); } };
const uploads = () => readdirSync(join(server.dataDir, 'uploads')).filter((n) => !n.startsWith('.'));

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

  it('refuses each class of bad input with a 4xx naming the field, and writes no row and no file', async () => {
    const rows = rowCount();
    const files = uploads().length;
    const cases: [string, Promise<Awaited<ReturnType<typeof send>>>, number, string][] = [
      ['empty title', send(goodFields({ title: '' })), 400, 'title'],
      ['short story', send(goodFields({ body: '太短了' })), 400, 'body'],
      ['three links', send(goodFields({ body: `${goodFields().body} https://a.example https://b.example https://c.example` })), 400, 'body'],
      ['unknown kind', send(goodFields({ kind: 'castle' })), 400, 'kind'],
      ['no location', send(goodFields({ stairwell: '' })), 400, 'location'],
      ['outside the boundary', send(goodFields({ stairwell: '', lng: '121.5', lat: '31.2' })), 400, 'location'],
      ['NaN coordinates', send(goodFields({ stairwell: '', lng: 'NaN', lat: '31.79' })), 400, 'lng'],
      ['no consent', send(goodFields({ consent: '' })), 400, 'consent'],
      ['duplicated field', (async () => { const b = new FormData(); for (const [k, v] of Object.entries(goodFields())) b.append(k, v); b.append('title', 'again'); const res = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: b, headers: { origin: server.url, accept: 'application/json' } }); return { status: res.status, headers: res.headers, json: await res.json() }; })(), 400, 'title'],
      ['HTML named .jpg', send(goodFields(), { photo: { data: Buffer.from('<html><script>alert(1)</script></html>'), name: 'photo.jpg', type: 'image/jpeg' } }), 400, 'photo'],
      ['honeypot filled', send(goodFields({ website: 'http://spam.example' })), 400, 'form'],
      ['filled in a second', send(goodFields({ startedAt: String(Date.now()) })), 400, 'form'],
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
  });

  it('refuses cross-origin and origin-less posts with 403', async () => {
    const rows = rowCount();
    expect((await send(goodFields(), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await send(goodFields(), { origin: null })).status).toBe(403);
    expect(rowCount()).toBe(rows);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client sends too many', async () => {
    const limited = await startServer({ SUBMIT_RATE_LIMIT: '2/600' });
    try {
      expect((await send(goodFields(), { to: limited })).status).toBe(201);
      expect((await send(goodFields(), { to: limited })).status).toBe(201);
      const third = await send(goodFields(), { to: limited });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.json.errors?.form).toMatch(/秒后再试/);
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
    expect(wrong.status).toBe(401);
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
