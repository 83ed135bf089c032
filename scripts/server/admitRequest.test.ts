import { describe, expect, it } from 'vitest';
import { SUBMISSION_LIMITS } from '../../src/schemas/submission';
import { admitBody, admitMethod, ALLOW, bodyLimit, isUnservedPath, SUBMISSION_REQUEST_BYTES } from './admitRequest.mjs';

const MiB = 1024 * 1024;

describe('admitMethod', () => {
  it.each(['GET', 'HEAD', 'POST'])('lets %s in', (method) => expect(admitMethod(method)).toEqual({ ok: true }));

  it('answers OPTIONS at the door with the methods we take', () => {
    expect(admitMethod('OPTIONS')).toMatchObject({ ok: false, status: 204, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
  });

  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'PROPFIND', 'get', 'BREW', '', undefined])('turns %s away with 405 and Allow', (method) => {
    expect(admitMethod(method)).toMatchObject({ ok: false, status: 405, headers: { allow: ALLOW } });
  });
});

describe('admitBody', () => {
  it('keeps the door limit for stories equal to the submission schema’s', () => {
    expect(SUBMISSION_REQUEST_BYTES).toBe(SUBMISSION_LIMITS.requestBytes);
  });

  it.each([
    ['/api/submissions', 11 * MiB], ['/submit/', 11 * MiB], ['/en/submit/', 11 * MiB], ['/submit', 11 * MiB],
    ['/admin/login/', 16 * 1024], ['/en/admin/login/', 16 * 1024],
    ['/admin/submissions/4/', 2 * MiB], ['/en/admin/logout/', 2 * MiB], ['/zh-tw/submit/', 11 * MiB], ['/zh-tw/admin/login/', 16 * 1024],
    ['/submit/status/ABC/', 16 * 1024], ['/api/health', 16 * 1024], ['/', 16 * 1024], ['/administrator/', 16 * 1024],
  ])('a POST to %s may send %i bytes', (path, limit) => {
    expect(bodyLimit(path)).toBe(limit);
    expect(admitBody('POST', path, String(limit))).toEqual({ ok: true });
    expect(admitBody('POST', path, String(limit + 1))).toMatchObject({ ok: false, status: 413 });
  });

  it('says how large a story may be when it refuses one', () => {
    expect(admitBody('POST', '/api/submissions', String(12 * MiB))).toMatchObject({ reason: expect.stringContaining('11 MB') });
  });

  it('wants a POST to say how long its body is', () => {
    expect(admitBody('POST', '/api/submissions', undefined)).toMatchObject({ ok: false, status: 411 });
    expect(admitBody('POST', '/api/submissions', '0')).toEqual({ ok: true });
  });

  it('leaves GET and HEAD alone', () => {
    expect(admitBody('GET', '/', undefined)).toEqual({ ok: true });
    expect(admitBody('HEAD', '/', '99999999')).toEqual({ ok: true });
  });
});

describe('isUnservedPath', () => {
  it.each(['/_image', '/_image/', '/_server-islands/Map', '/_actions/x', '/index.html.br', '/_astro/client.js.gz', '/sw.js.br'])('serves %s to no one', (path) => {
    expect(isUnservedPath(path)).toBe(true);
  });

  it.each(['/', '/_astro/client.js', '/landmarks/', '/_imageless/', '/en/brochure.br/x', '/submit/', '/admin/photos/a.webp'])('lets %s through', (path) => {
    expect(isUnservedPath(path)).toBe(false);
  });
});
