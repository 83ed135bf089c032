import { describe, expect, it } from 'vitest';
import { readAnswer } from './readAnswer';

describe('readAnswer (what the map editor says when a save or an import is answered)', () => {
  it('reads the server’s JSON answer', async () => {
    expect(await readAnswer(Response.json({ ok: false, reason: 'stale' }, { status: 409 }))).toEqual({ ok: false, reason: 'stale' });
  });
  it('says the words of the door’s JSON refusal (a request too large, refused before the page’s code sees it)', async () => {
    const refusal = Response.json({ errors: { form: '内容太大了（最大 2 MB）。Too large (2 MB at most).' } }, { status: 413 });
    expect(await readAnswer(refusal)).toEqual({ ok: false, reason: 'error', error: '内容太大了（最大 2 MB）。Too large (2 MB at most).' });
  });
  it('says the words of a plain-text refusal (a request too large, refused at the door), not its status code', async () => {
    const refusal = new Response('内容太大了（最大 10 MB）。Too large (10 MB at most).', { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    expect(await readAnswer(refusal)).toEqual({ ok: false, reason: 'error', error: '内容太大了（最大 10 MB）。Too large (10 MB at most).' });
  });
  it('falls back to the status for a page it cannot read (a proxy’s HTML error page)', async () => {
    const page = new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } });
    expect(await readAnswer(page)).toEqual({ ok: false, reason: 'error', error: 'HTTP 502' });
    expect(await readAnswer(Response.json({ message: 'unknown shape' }, { status: 500 }))).toEqual({ ok: false, reason: 'error', error: 'HTTP 500' });
  });
});
