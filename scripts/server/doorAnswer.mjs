/**
 * The door's own answers (refusals, redirects to the canonical path): short, uncacheable, never a stack
 * trace. Plain text, or `{ "errors": { "form": … } }` for a client that asks for JSON (the submit page's
 * script shows that message beside the form, as it does the server routes' errors).
 */
import { STATUS_CODES } from 'node:http';
import { ALLOW } from './admitRequest.mjs';

/** Headers on every answer, the door's included. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: string }} Answer
 */

/**
 * An answer from the door.
 * @param {number} status
 * @param {string} reason one short sentence (Chinese, then English); '' for none
 * @param {{ accept?: string, head?: boolean, headers?: Record<string, string> }} [how] the request's
 *   `Accept` header, whether it was a HEAD (no body), extra headers (`allow`, `location`)
 * @returns {Answer}
 */
export function doorAnswer(status, reason, how = {}) {
  const json = Boolean(how.accept?.includes('application/json'));
  const body = how.head || status === 204 || !reason ? '' : json ? JSON.stringify({ errors: { form: reason } }) : `${reason}\n`;
  const headers = { 'cache-control': 'no-store', ...how.headers };
  if (body) headers['content-type'] = json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  headers['content-length'] = String(Buffer.byteLength(body));
  return { status, headers, body };
}

/**
 * The answer to a request Node's parser refused before it became a request (see `server.on('clientError')`):
 * 405 for a method Node does not know, otherwise Node's own choice (431 headers too large, 408 too slow, 400).
 * @param {string | undefined} code the parser's error code, e.g. 'HPE_INVALID_METHOD'
 * @returns {Answer}
 */
export function parserErrorAnswer(code) {
  if (code === 'HPE_INVALID_METHOD') return doorAnswer(405, '不支持这种请求方式。Method not allowed.', { headers: { allow: ALLOW } });
  if (code === 'HPE_HEADER_OVERFLOW') return doorAnswer(431, '请求头太大。Request headers too large.');
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return doorAnswer(413, '内容太大了。Too large.');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return doorAnswer(408, '请求超时。Request timed out.');
  return doorAnswer(400, '请求格式有误。Bad request.');
}

/**
 * An answer as raw HTTP/1.1 bytes for a socket no `ServerResponse` belongs to (parser errors, CONNECT),
 * with the security headers; the connection closes after it.
 * @param {Answer} answer
 * @returns {string}
 */
export function rawAnswer({ status, headers, body }) {
  const all = { ...SECURITY_HEADERS, ...headers, connection: 'close' };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
