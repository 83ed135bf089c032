import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPath, canonicalTarget } from './canonicalPath.mjs';

/** Spellings an attacker (or a sloppy link) may send, and the one path each means, or `refused`. */
const SPELLINGS: [name: string, raw: string, canonical: string | 'refused'][] = [
  ['already canonical', '/admin/submissions/3/', '/admin/submissions/3/'],
  ['root', '/', '/'],
  ['doubled leading slash (the reported hole)', '//admin/', '/admin/'],
  ['many slashes anywhere', '///en///admin//audit//', '/en/admin/audit/'],
  ['raw backslash', '/\\admin/', 'refused'],
  ['encoded backslash', '/%5cadmin/', 'refused'],
  ['encoded slash', '/en%2Fadmin/', 'refused'],
  ['encoded slash, lower-case hex', '/%2fadmin/', 'refused'],
  ['double-encoded slash', '/%252Fadmin/', 'refused'],
  ['double-encoded letter', '/%2561dmin/', 'refused'],
  ['encoded letter', '/%61dmin/', '/admin/'],
  ['every letter encoded', '/%61%64%6D%69%6E/login/', '/admin/login/'],
  ['dot segment', '/./admin/./', '/admin/'],
  ['parent segment', '/submit/../admin/', '/admin/'],
  ['parent above root', '/../../admin/', '/admin/'],
  ['encoded parent', '/x/%2e%2e/admin/', '/admin/'],
  ['half-encoded parent', '/x/.%2E/admin/', '/admin/'],
  ['trailing dot', '/admin/.', '/admin/'],
  ['trailing parent', '/admin/audit/..', '/admin/'],
  ['trailing double slash', '/admin//', '/admin/'],
  ['upper-case route prefix', '/ADMIN/', '/admin/'],
  ['mixed-case language and route', '/En/Admin/audit/', '/en/admin/audit/'],
  ['case of later segments kept', '/submit/status/abcdefghij0123456789/', '/submit/status/abcdefghij0123456789/'],
  ['case of other first segments kept', '/Trail/', '/Trail/'],
  ['path parameter kept (Astro gives it no meaning)', '/admin;x/', '/admin;x/'],
  ['index.html kept', '/admin/index.html', '/admin/index.html'],
  ['Chinese in UTF-8', '/landmarks/%E9%87%87/', '/landmarks/%E9%87%87/'],
  ['lower-case hex made upper-case', '/landmarks/%e9%87%87/', '/landmarks/%E9%87%87/'],
  ['encoded percent sign kept encoded', '/100%25/', '/100%25/'],
  ['what browsers leave raw stays raw', "/a[1]|b^c'd/", "/a[1]|b^c'd/"],
  ['what browsers encode stays encoded', '/%22%3C%3E%60%7B%7D%20%3F%23/', '/%22%3C%3E%60%7B%7D%20%3F%23/'],
  ['needless encoding removed', '/%5B%7E%40/', '/[~@/'],
  ['overlong UTF-8 slash', '/%C0%AFadmin/', 'refused'],
  ['stray continuation byte', '/%80/', 'refused'],
  ['encoded NUL', '/admin%00/', 'refused'],
  ['encoded newline', '/admin%0A/', 'refused'],
  ['encoded C1 control', '/%C2%85/', 'refused'],
  ['raw space', '/ad min/', 'refused'],
  ['raw non-ASCII', '/采/', 'refused'],
  ['lone percent', '/50%/', 'refused'],
  ['no leading slash', 'admin/', 'refused'],
  ['asterisk form', '*', 'refused'],
];

describe('canonicalPath', () => {
  it.each(SPELLINGS)('%s: %s → %s', (_name, raw, canonical) => {
    const result = canonicalPath(raw);
    if (canonical === 'refused') expect(result).toMatchObject({ ok: false, reason: expect.any(String) });
    else expect(result).toBe(canonical);
  });

  it('names why a spelling is refused', () => {
    expect(canonicalPath('/%2e%2e/admin%2Fx')).toEqual({ ok: false, reason: 'encoded slash' });
    expect(canonicalPath('/a/%252e')).toEqual({ ok: false, reason: 'double encoding' });
    expect(canonicalPath('/a%FF')).toEqual({ ok: false, reason: 'invalid UTF-8' });
  });
});

describe('canonicalTarget', () => {
  it('keeps the query string exactly as sent and says when the path was spelt differently', () => {
    expect(canonicalTarget('//admin/./?status=rejected&x=%2F..')).toEqual({ ok: true, path: '/admin/', query: 'status=rejected&x=%2F..', target: '/admin/?status=rejected&x=%2F..', changed: true });
    expect(canonicalTarget('/admin/?status=pending')).toMatchObject({ target: '/admin/?status=pending', changed: false });
  });

  it('reduces an absolute-form target to its path, which is then checked like any other', () => {
    expect(canonicalTarget('http://evil.example/admin/?a=1')).toEqual({ ok: true, path: '/admin/', query: 'a=1', target: '/admin/?a=1', changed: false });
    expect(canonicalTarget('HTTP://x//admin/')).toMatchObject({ path: '/admin/', changed: true });
    expect(canonicalTarget('http://x')).toMatchObject({ target: '/', changed: false });
    expect(canonicalTarget('http://x/%5Cadmin/')).toMatchObject({ ok: false });
  });
});

/** Pieces paths are made of, weighted towards the tricky ones. */
const piece = fc.oneof(
  fc.constantFrom('admin', 'ADMIN', 'en', 'En', 'api', 'login', 'submit', '.', '..', '%2e', '%2E%2e', '', '%61', '%25', '%2F', '%5C', '\\', ';x', 'index.html', '%00', '%C0%AF', '%E9%87%87', '%e9%87%87', '%252F', '~', '@', ':', '%20', '%7F', '%C2%85'),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{0,6}$/),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
);
const rawPath = fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`);

describe('canonicalPath, for any spelling', () => {
  it('is idempotent: a canonical path is its own canonical form', () => {
    fc.assert(fc.property(rawPath, (raw) => {
      const once = canonicalPath(raw);
      if (typeof once === 'string') expect(canonicalPath(once)).toBe(once);
    }), { numRuns: 5000, seed: 1129 });
  });

  it('never yields //, a backslash, a dot segment, an encoded slash or a raw control character', () => {
    fc.assert(fc.property(rawPath, (raw) => {
      const path = canonicalPath(raw);
      if (typeof path !== 'string') return;
      expect(path.startsWith('/')).toBe(true);
      expect(path).not.toMatch(/\/\//);
      expect(path).not.toMatch(/\\|%5C|%2F/i);
      expect(`${path}/`).not.toMatch(/\/\.{1,2}\//);
      expect(path).not.toMatch(/%2E/i);
      expect(path).not.toMatch(/[^\u0021-\u007e]/);
      // Decoding the answer once more gives text without controls: nothing is hidden behind an escape.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters on purpose
      expect(decodeURIComponent(path)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }), { numRuns: 5000, seed: 1129 });
  });

  it('agrees with the URL parser browsers and Astro use: it leaves a canonical path as it is', () => {
    fc.assert(fc.property(rawPath, (raw) => {
      const path = canonicalPath(raw);
      if (typeof path === 'string') expect(new URL(path, 'http://x').pathname).toBe(path);
    }), { numRuns: 5000, seed: 1129 });
  });
});
