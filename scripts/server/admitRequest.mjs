/**
 * Which methods and how large a body each path takes, checked at the door before Astro reads a byte.
 */

/** The methods the site answers; anything else (TRACE, PUT, DELETE, made-up ones) gets 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/** The `Allow` header of 405 and OPTIONS answers. */
export const ALLOW = ALLOWED_METHODS.join(', ');

/**
 * Largest story a resident may send (form fields plus a 10 MB photo), in bytes. Must equal
 * `SUBMISSION_LIMITS.requestBytes` in src/schemas/submission.ts (a plain .mjs cannot import TypeScript;
 * scripts/server/admitRequest.test.ts fails when the two drift apart).
 */
export const SUBMISSION_REQUEST_BYTES = 11 * 1024 * 1024;

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The largest body a POST to this canonical path may declare, in bytes: stories 11 MiB, the sign-in form
 * 16 KiB, other moderation forms 2 MiB (an edited story), anything else 16 KiB.
 * @param {string} path canonical path (see canonicalPath.mjs)
 * @example bodyLimit('/en/submit/') === 11 * 1024 * 1024
 */
export function bodyLimit(path) {
  // After an optional language prefix (`/en`, `/zh-tw`): the door does not know the community's languages.
  const route = path.replace(/^\/[a-z]{2,3}(?:-[a-z0-9]{2,8})*(?=\/)/, '');
  if (/^\/api\/submissions\/?$/.test(path) || /^\/submit\/?$/.test(route)) return SUBMISSION_REQUEST_BYTES;
  if (/^\/admin\/login\/?$/.test(route)) return 16 * KiB;
  if (/^\/admin(?:\/|$)/.test(route)) return 2 * MiB;
  return 16 * KiB;
}

/**
 * @typedef {{ ok: true }} Admitted
 * @typedef {{ ok: false, status: 204 | 405 | 411 | 413, reason: string, headers: Record<string, string> }} Turned
 *   turned away at the door with this answer (204: OPTIONS, answered here; not an error)
 */

/**
 * Whether the door answers this method at all. OPTIONS is answered at the door (204 with `Allow`).
 * @param {string | undefined} method
 * @returns {Admitted | Turned}
 */
export function admitMethod(method) {
  if (method === 'OPTIONS') return { ok: false, status: 204, reason: '', headers: { allow: ALLOW } };
  if (!method || !ALLOWED_METHODS.includes(method)) {
    return { ok: false, status: 405, reason: '不支持这种请求方式。Method not allowed.', headers: { allow: ALLOW } };
  }
  return { ok: true };
}

/**
 * Whether a POST declares a body length within its path's limit (other methods pass).
 * @param {string} method
 * @param {string} path canonical path
 * @param {string | undefined} contentLength the `Content-Length` header (Node has checked it is one number)
 * @returns {Admitted | Turned}
 */
export function admitBody(method, path, contentLength) {
  if (method !== 'POST') return { ok: true };
  if (contentLength === undefined || !/^\d+$/.test(contentLength)) {
    return { ok: false, status: 411, reason: '请求需要注明长度（Content-Length）。Length required.', headers: {} };
  }
  const limit = bodyLimit(path);
  if (Number(contentLength) > limit) {
    const size = limit >= MiB ? `${limit / MiB} MB` : `${limit / KiB} KB`;
    return { ok: false, status: 413, reason: `内容太大了（最大 ${size}）。Too large (${size} at most).`, headers: {} };
  }
  return { ok: true };
}

/**
 * Paths no client is served, answered with the not-found page before they reach a handler: Astro's own routes the
 * site never uses — `/_image` (resizing on request: seconds of CPU and a gigabyte of memory for one request naming a
 * huge width; every picture here is made at build time) and `/_server-islands/`, `/_actions/` (none here) — and the
 * precompressed twins of files (`.br`, `.gz`), which are sent only as the encoding of the file they compress.
 * @param {string} path canonical path (see canonicalPath.mjs), without its query
 * @example isUnservedPath('/_image') === true
 */
export function isUnservedPath(path) {
  return /^\/_image\/?$/.test(path) || /^\/_(?:server-islands|actions)(?:\/|$)/.test(path) || /\.(?:br|gz)$/.test(path);
}
