import { describe, expect, it } from 'vitest';
import { formDataWithin, jsonObjectWithin, readLimited } from './readLimitedBody';

/** A POST whose body arrives in chunks, as from a slow phone, optionally with a Content-Length that lies. */
function post(chunks: string[], headers: Record<string, string> = {}) {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({ start(c) { for (const s of chunks) c.enqueue(encoder.encode(s)); c.close(); } });
  return new Request('http://127.0.0.1/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readLimited', () => {
  it('gives the whole body when it fits', async () => {
    expect(new TextDecoder().decode(await readLimited(post(['ab', 'cd']), 4) as Uint8Array)).toBe('abcd');
  });
  it('stops at the limit even when Content-Length claims less, and refuses an honest oversize claim unread', async () => {
    expect(await readLimited(post(['abc', 'de'], { 'content-length': '3' }), 4)).toBe('too-large');
    expect(await readLimited(post([], { 'content-length': '5' }), 4)).toBe('too-large');
  });
});

describe('formDataWithin', () => {
  it('parses URL-encoded and multipart forms within the limit', async () => {
    const urlencoded = await formDataWithin(post(['name=admin&password=x'], { 'content-type': 'application/x-www-form-urlencoded' }), 100);
    expect(urlencoded instanceof FormData && urlencoded.get('name')).toBe('admin');
    const multipart = new Request('http://127.0.0.1/x', { method: 'POST', body: (() => { const f = new FormData(); f.set('title', '花'); return f; })() });
    const parsed = await formDataWithin(multipart, 10_000);
    expect(parsed instanceof FormData && parsed.get('title')).toBe('花');
  });
  it('says too-large past the limit and malformed for a body that is not the form it claims', async () => {
    expect(await formDataWithin(post([`name=${'x'.repeat(200)}`], { 'content-type': 'application/x-www-form-urlencoded' }), 100)).toBe('too-large');
    expect(await formDataWithin(post(['--b\r\nbroken'], { 'content-type': 'multipart/form-data; boundary=b' }), 100)).toBe('malformed');
    expect(await formDataWithin(post(['{"a":1}'], { 'content-type': 'application/json' }), 100)).toBe('malformed');
  });
});

describe('jsonObjectWithin', () => {
  const json = 'application/json';
  it('gives a JSON object sent as JSON, within the limit', async () => {
    expect(await jsonObjectWithin(post(['{"a":', '1}'], { 'content-type': json }), 100)).toEqual({ a: 1 });
    expect(await jsonObjectWithin(post(['{"a":1}'], { 'content-type': 'Application/JSON; charset=utf-8' }), 100)).toEqual({ a: 1 });
  });
  it('refuses another content type before reading (what a cross-site page can send unasked), too much, and what is not an object', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp', '']) expect(await jsonObjectWithin(post(['{"a":1}'], { 'content-type': type }), 100), type).toBe('not-json');
    expect(await jsonObjectWithin(post([`{"a":"${'x'.repeat(200)}"}`], { 'content-type': json }), 100)).toBe('too-large');
    for (const body of ['null', '[]', '"x"', '1', '', '{"a":']) expect(await jsonObjectWithin(post([body], { 'content-type': json }), 100), body).toBe('malformed');
  });
});
