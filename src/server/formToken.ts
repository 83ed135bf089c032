import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an open form stays good: a week, so a resident can leave a half-written story and come back. */
export const FORM_TOKEN_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Why a form token was refused: missing, malformed or forged; sent too soon after issue; or too old. */
export type FormTokenProblem = 'token' | 'too-fast' | 'expired';

/**
 * A token for the submit form: when it was issued (ms since 1970) and an HMAC-SHA256 of that time under the
 * server's secret, as `<issuedAt>.<base64url mac>`. The page embeds it; the server checks it on the way back.
 * @example issueFormToken(secret, 1764400000000) === '1764400000000.3q2-…'
 */
export function issueFormToken(secret: Uint8Array, issuedAt: number): string {
  const at = Math.floor(issuedAt);
  return `${at}.${mac(secret, at).toString('base64url')}`;
}

/**
 * Checks a token sent back with the form, at time `at` (ms): it must be well formed and signed with `secret`
 * (compared in constant time), at least `minAgeMs` old (people take a few seconds to fill a form; robots do
 * not) and at most `maxAgeMs` old.
 */
export function verifyFormToken(
  token: string | undefined, secret: Uint8Array, at: number,
  { minAgeMs, maxAgeMs = FORM_TOKEN_MAX_AGE_MS }: { minAgeMs: number; maxAgeMs?: number },
): { ok: true; issuedAt: number } | { ok: false; problem: FormTokenProblem } {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!m) return { ok: false, problem: 'token' };
  const issuedAt = Number(m[1]);
  const expected = mac(secret, issuedAt);
  const given = Buffer.from(m[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'token' };
  if (at - issuedAt < minAgeMs) return { ok: false, problem: 'too-fast' };
  if (at - issuedAt > maxAgeMs) return { ok: false, problem: 'expired' };
  return { ok: true, issuedAt };
}

const mac = (secret: Uint8Array, issuedAt: number) => createHmac('sha256', secret).update(`submit-form:${issuedAt}`).digest();
