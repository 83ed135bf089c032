import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { formTokenFromPage } from '../support/submissionToken';

let server: RunningServer;
let formToken = '';
// No minimum fill time here: one real token from the page serves every request (the rate limit is high too).
beforeAll(async () => {
  server = await startServer({ SUBMIT_RATE_LIMIT: '100000/60', SUBMIT_MIN_FILL_MS: '0' });
  formToken = await formTokenFromPage(server.url, 'en');
});
afterAll(async () => { await server?.stop(); });

const good = () => ({ lang: 'en', title: 'A bench by the door', body: 'Neighbours sit here every evening and talk about the day.', kind: 'bench', stairwell: '22-1', consent: 'yes', website: '', formToken });
const rows = () => { const db = server.db(); try { return (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n; } finally { db.close(); } };
const files = () => readdirSync(join(server.dataDir, 'uploads')).length;

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const r = await fetch(`${server.url}/api/submissions`, { method: 'POST', body, headers: { origin: server.url, accept: 'application/json', ...headers } });
  return { status: r.status, text: await r.text() };
}
function form(fields: Record<string, string>, photo?: { data: Uint8Array; name: string; type: string }) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (photo) f.append('photo', new Blob([new Uint8Array(photo.data)], { type: photo.type }), photo.name);
  return f;
}

/** Every hostile request: a 4xx with a readable message, never a 5xx, never a row, never a file. */
async function expectRefused(label: string, attempt: Promise<{ status: number; text: string }>) {
  const before = [rows(), files()];
  const r = await attempt;
  expect(r.status, `${label}: ${r.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(r.status, label).toBeLessThan(500);
  expect(r.text, label).toMatch(/errors/);
  expect([rows(), files()], label).toEqual(before);
}

describe('hostile input against POST /api/submissions', () => {
  it('refuses a corpus of malformed requests, lying files and bad values', async () => {
    const jpeg = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#777' } }).jpeg().toBuffer();
    const corpus: [string, Promise<{ status: number; text: string }>][] = [
      ['JSON body', post(JSON.stringify(good()), { 'content-type': 'application/json' })],
      ['broken multipart', post('--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx', { 'content-type': 'multipart/form-data; boundary=b' })],
      ['no content type', post('title=x')],
      ['empty body', post('', { 'content-type': 'multipart/form-data; boundary=b' })],
      ['missing everything', post(form({}))],
      ['missing consent', post(form({ ...good(), consent: '' }))],
      ['duplicated kind', post((() => { const f = form(good()); f.append('kind', 'mural'); return f; })())],
      ['huge title', post(form({ ...good(), title: 'x'.repeat(100_000) }))],
      ['huge body', post(form({ ...good(), body: '长'.repeat(200_000) }))],
      ['control characters only', post(form({ ...good(), title: '\u0000\u0007\u200b\u202e' }))],
      ['Hangul fillers only', post(form({ ...good(), title: '\u3164\u3164\u3164' }))],
      ['braille blanks and right-to-left marks only', post(form({ ...good(), title: '\u2800\u200f\u2800\u200f' }))],
      ['non-characters only', post(form({ ...good(), title: '\ufffe\uffff\ufdd0' }))],
      ['a story of fillers', post(form({ ...good(), body: '\u3164\u115f\u1160\uffa0'.repeat(10) }))],
      ['three links hidden as e-mail and domains', post(form({ ...good(), body: `${good().body} mail li@spam.cn, see spam.cn and shop.spam.cn/x` }))],
      ['honeypot left out', post((() => { const f = form(good()); f.delete('website'); return f; })())],
      ['honeypot filled', post(form({ ...good(), website: 'https://spam.example' }))],
      ['no form token', post((() => { const f = form(good()); f.delete('formToken'); return f; })())],
      ['a startedAt time for a token', post(form({ ...good(), formToken: '1' }))],
      ['a token with its time changed', post(form({ ...good(), formToken: formToken.replace(/^\d+/, (t) => String(Number(t) - 60_000)) }))],
      ['two form tokens', post((() => { const f = form(good()); f.append('formToken', formToken); return f; })())],
      ['coordinates NaN', post(form({ ...good(), stairwell: '', lng: 'NaN', lat: 'NaN' }))],
      ['coordinates out of range', post(form({ ...good(), stairwell: '', lng: '500', lat: '-91' }))],
      ['coordinates as words', post(form({ ...good(), stairwell: '', lng: 'east', lat: 'north' }))],
      ['coordinates outside the boundary', post(form({ ...good(), stairwell: '', lng: '116.397', lat: '39.909' }))],
      ['stairwell that does not exist', post(form({ ...good(), stairwell: '999-9' }))],
      ['HTML named .jpg', post(form(good(), { data: Buffer.from('<html><body onload=alert(1)>'), name: 'a.jpg', type: 'image/jpeg' }))],
      ['SVG named .jpg', post(form(good(), { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'a.jpg', type: 'image/jpeg' }))],
      ['JPEG/HTML polyglot', post(form(good(), { data: Buffer.concat([jpeg.subarray(0, 20), Buffer.from('<script>alert(1)</script>')]), name: 'a.jpg', type: 'image/jpeg' }))],
      ['zero-byte photo', post(form(good(), { data: new Uint8Array(), name: 'a.jpg', type: 'image/jpeg' }))],
      ['truncated JPEG', post(form(good(), { data: jpeg.subarray(0, jpeg.length - 200), name: 'a.jpg', type: 'image/jpeg' }))],
      ['oversize body', post(form(good(), { data: new Uint8Array(11.5 * 1024 * 1024), name: 'a.jpg', type: 'image/jpeg' }))],
      ['a file in a text field', post((() => { const f = form({ ...good(), title: '' }); f.delete('title'); f.append('title', new Blob(['x']), 'x.txt'); return f; })())],
    ];
    for (const [label, attempt] of corpus) await expectRefused(label, attempt);
  });

  it('property: any strings in any fields give 201 or a 4xx, never a 5xx, and a row only with 201', async () => {
    const field = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', 'NaN', '1e309', '-0', '22-3', '<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', '\u202e\u0000'));
    await fc.assert(fc.asyncProperty(
      fc.record({ lang: field, title: field, body: field, kind: field, lng: field, lat: field, stairwell: field, building: field, consent: field, contact: field }, { requiredKeys: [] }),
      async (fields) => {
        const before = rows();
        const r = await post(form({ ...fields, website: '', formToken } as Record<string, string>));
        expect(r.status === 201 || (r.status >= 400 && r.status < 500), `${r.status} ${r.text.slice(0, 120)}`).toBe(true);
        expect(rows()).toBe(before + (r.status === 201 ? 1 : 0));
      },
    ), { numRuns: 120, seed: 1129 });
  });

  it('property: random bytes as a photo are refused with a 4xx and leave no file', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4096 }), fc.constantFrom('image/jpeg', 'image/png', 'text/html'), async (bytes, type) => {
      await expectRefused('random bytes', post(form(good(), { data: bytes, name: 'x.jpg', type })));
    }), { numRuns: 60, seed: 2026 });
  });

  it('stores XSS payloads only as text: the status page shows them escaped', async () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = await post(form({ ...good(), title: payload.slice(0, 60) }));
    expect(r.status).toBe(201);
    const receipt = (JSON.parse(r.text) as { receipt: string }).receipt;
    const page = await (await fetch(`${server.url}/en/submit/status/${receipt}/`)).text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('a stop with a client that never finishes', () => {
  it('a server asked to stop gives an upload under way 10 s, then goes, instead of waiting minutes for it', async () => {
    const slow = await startServer({ SUBMIT_MIN_FILL_MS: '0' });
    // A story upload that stops after its first bytes: the server is reading it, so the connection is not idle.
    const socket = connect(slow.port, '127.0.0.1');
    socket.on('error', () => {});
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write([
      'POST /api/submissions HTTP/1.1', 'host: 127.0.0.1', `origin: ${slow.url}`, 'accept: application/json',
      'content-type: multipart/form-data; boundary=x', 'content-length: 200000', '', '--x\r\ncontent-disposition: form-data; name="lang"\r\n\r\nzh-CN\r\n',
    ].join('\r\n'));
    await new Promise((r) => setTimeout(r, 500));
    const asked = Date.now();
    await slow.stop();
    const took = Date.now() - asked;
    socket.destroy();
    expect(took).toBeGreaterThanOrEqual(9_000);
    expect(took).toBeLessThan(20_000);
  }, 60_000);
});
