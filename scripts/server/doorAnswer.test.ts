import { describe, expect, it } from 'vitest';
import { doorAnswer, parserErrorAnswer, rawAnswer } from './doorAnswer.mjs';

describe('doorAnswer', () => {
  it('is short plain text that no cache keeps', () => {
    const a = doorAnswer(400, '地址写法有误。Malformed path.');
    expect(a).toMatchObject({ status: 400, body: '地址写法有误。Malformed path.\n', headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    expect(a.headers['content-length']).toBe(String(Buffer.byteLength(a.body)));
  });

  it('gives the submit page’s script a form error it can show', () => {
    const a = doorAnswer(413, 'Too large.', { accept: 'application/json' });
    expect(JSON.parse(a.body)).toEqual({ errors: { form: 'Too large.' } });
  });

  it('sends no body to HEAD, and none with a redirect', () => {
    expect(doorAnswer(405, 'Method not allowed.', { head: true }).body).toBe('');
    expect(doorAnswer(308, '', { headers: { location: '/admin/' } })).toMatchObject({ body: '', headers: { location: '/admin/', 'content-length': '0' } });
  });
});

describe('answers on a bare socket', () => {
  it('turns an unknown method away with 405, Allow and the security headers, then closes', () => {
    const raw = rawAnswer(parserErrorAnswer('HPE_INVALID_METHOD'));
    expect(raw).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(raw).toMatch(/\r\nallow: GET, HEAD, POST, OPTIONS\r\n/);
    expect(raw).toMatch(/\r\nx-content-type-options: nosniff\r\n/);
    expect(raw).toMatch(/\r\nconnection: close\r\n/);
    expect(raw.endsWith('\r\n\r\n不支持这种请求方式。Method not allowed.\n')).toBe(true);
  });

  it('keeps Node’s statuses for other parser errors', () => {
    expect(parserErrorAnswer('HPE_HEADER_OVERFLOW').status).toBe(431);
    expect(parserErrorAnswer('HPE_INVALID_CONSTANT').status).toBe(400);
  });
});
