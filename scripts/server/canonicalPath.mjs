/**
 * The one canonical spelling of a request target, decided at the door before static files, middleware or
 * routes see it. Astro's router decodes and collapses paths its own way while our middleware tests the raw
 * path, so every spelling that could mean another path is either rewritten to the one form (and the client
 * redirected there) or refused.
 */

/**
 * First path segments of our own server routes, matched without regard to case so that `/ADMIN/` or
 * `/En/Admin/` are sent to the lower-case spelling the middleware checks (Astro's router is case-sensitive
 * today; this keeps it so if that ever changes). After a language prefix (`/En/Admin/`), the second segment is
 * looked up too, and the prefix lower-cased with it.
 */
export const LOWER_CASE_SEGMENTS = ['admin', 'api', 'submit'];

// The shape of a language prefix (a BCP 47 tag, lower-cased in URLs: `en`, `zh-tw`). The door does not know
// which languages the community speaks; whatever it is, Astro's router finds the page or answers 404.
const LANGUAGE_PREFIX = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/**
 * @typedef {{ ok: true, path: string, query: string, target: string, changed: boolean }} CanonicalTarget
 *   `path` canonical and percent-encoded, `query` as sent (without `?`), `target` = path + `?query` when
 *   there is one; `changed` when the client spelt the path differently (an absolute-form target reduced to
 *   its path alone does not count).
 * @typedef {{ ok: false, reason: string }} RefusedTarget
 */

// Characters kept as they are in a canonical path segment: printable ASCII that browsers leave unencoded in
// a path (RFC 3986 unreserved, sub-delims, ':', '@', and '[', ']', '^', '|'), so their links need no redirect.
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@[\]^|]/;
const HEX = /^[0-9A-Fa-f]{2}$/;
// C0 controls, DEL and C1 controls: never part of a path, however encoded.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point, to refuse them
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * The canonical form of a raw HTTP request target (`req.url`), or why it is refused.
 * @param {string} raw the request target exactly as it arrived
 * @returns {CanonicalTarget | RefusedTarget}
 * @example canonicalTarget('//admin/./x/../?a=1') → { ok: true, path: '/admin/', query: 'a=1', target: '/admin/?a=1', changed: true }
 * @example canonicalTarget('/%2e%2e/admin%2Fx') → { ok: false, reason: 'encoded slash' }
 */
export function canonicalTarget(raw) {
  let target = raw;
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  if (absolute) target = `/${target.slice(absolute[0].length).replace(/^\//, '')}`;
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  const path = canonicalPath(rawPath);
  if (typeof path !== 'string') return path;
  return { ok: true, path, query, target: query ? `${path}?${query}` : path, changed: path !== rawPath };
}

/**
 * The canonical form of the path part of a request target, or why it is refused.
 * @param {string} raw path as sent, percent-encoded, starting with `/`
 * @returns {string | RefusedTarget}
 * @example canonicalPath('/en//%61dmin/') === '/en/admin/'
 */
export function canonicalPath(raw) {
  if (!raw.startsWith('/')) return refuse('path must start with /');
  if (raw.includes('\\') || /%5c/i.test(raw)) return refuse('backslash');
  if (/%2f/i.test(raw)) return refuse('encoded slash');
  if (/[^\u0021-\u007e]/.test(raw)) return refuse('raw character outside printable ASCII');
  if (raw.includes('#')) return refuse('fragment in request');
  const segments = [];
  const parts = raw.split('/');
  for (const [i, encoded] of parts.entries()) {
    const segment = decodeOnce(encoded);
    if (typeof segment !== 'string') return segment;
    const last = i === parts.length - 1;
    if (segment === '..') segments.pop();
    // A dot segment or an empty one (a repeated slash) at the very end still means "this directory".
    if ((segment === '.' || segment === '..' || segment === '') && last && i > 0) segments.push('');
    if (segment !== '.' && segment !== '..' && segment !== '') segments.push(segment);
  }
  lowerCaseOurPrefixes(segments);
  return `/${segments.map(encodeSegment).join('/')}`;
}

/**
 * One segment with its percent-encoding decoded once; refused when the bytes are not UTF-8, hold a control
 * character, or still look encoded after decoding (double encoding such as `%252F`).
 * @param {string} encoded
 * @returns {string | RefusedTarget}
 */
function decodeOnce(encoded) {
  if (!encoded.includes('%')) return encoded;
  const bytes = [];
  for (let i = 0; i < encoded.length; i += 1) {
    if (encoded[i] !== '%') { bytes.push(encoded.charCodeAt(i)); continue; }
    const hex = encoded.slice(i + 1, i + 3);
    if (!HEX.test(hex)) return refuse('malformed percent-encoding');
    bytes.push(parseInt(hex, 16));
    i += 2;
  }
  let text;
  try {
    text = utf8.decode(new Uint8Array(bytes));
  } catch {
    return refuse('invalid UTF-8');
  }
  if (CONTROL.test(text)) return refuse('control character');
  if (text.includes('/') || text.includes('\\')) return refuse('encoded slash');
  if (/%[0-9A-Fa-f]{2}/.test(text)) return refuse('double encoding');
  return text;
}

/** Sends case variants of our own route prefixes (`/ADMIN/`, `/En/Submit/`) to their lower-case spelling. */
function lowerCaseOurPrefixes(/** @type {string[]} */ segments) {
  const lower = (/** @type {number} */ i) => {
    const s = segments[i];
    if (s !== undefined && LOWER_CASE_SEGMENTS.includes(s.toLowerCase())) segments[i] = s.toLowerCase();
  };
  lower(0);
  const [first, second] = segments;
  if (first !== undefined && second !== undefined && LANGUAGE_PREFIX.test(first) && LOWER_CASE_SEGMENTS.includes(second.toLowerCase())) {
    segments[0] = first.toLowerCase();
    lower(1);
  }
}

/** A decoded segment percent-encoded the one way: UTF-8, upper-case hex, only the characters in KEEP as they are. */
function encodeSegment(/** @type {string} */ segment) {
  let out = '';
  for (const char of segment) {
    if (KEEP.test(char)) out += char;
    else for (const byte of encoder.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** @returns {RefusedTarget} */
function refuse(/** @type {string} */ reason) {
  return { ok: false, reason };
}
