import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FORM_TOKEN_MAX_AGE_MS, issueFormToken, verifyFormToken } from './formToken';

const secret = randomBytes(32);
const opened = Date.UTC(2026, 10, 29, 8, 0, 0);
const rules = { minAgeMs: 3000 };
const check = (token: string | undefined, at: number, s: Uint8Array = secret) => verifyFormToken(token, s, at, rules);

describe('form token', () => {
  it('lets a form filled at a person\'s pace through, up to a week after the page was opened', () => {
    const token = issueFormToken(secret, opened);
    expect(check(token, opened + 60_000)).toEqual({ ok: true, issuedAt: opened });
    expect(check(token, opened + 3000)).toEqual({ ok: true, issuedAt: opened });
    expect(check(token, opened + FORM_TOKEN_MAX_AGE_MS)).toEqual({ ok: true, issuedAt: opened });
  });
  it('refuses a form sent faster than the minimum fill time', () => {
    const token = issueFormToken(secret, opened);
    expect(check(token, opened)).toEqual({ ok: false, problem: 'too-fast' });
    expect(check(token, opened + 2999)).toEqual({ ok: false, problem: 'too-fast' });
    expect(check(token, opened - 60_000)).toEqual({ ok: false, problem: 'too-fast' });
  });
  it('says a form open for more than a week has expired', () => {
    expect(check(issueFormToken(secret, opened), opened + FORM_TOKEN_MAX_AGE_MS + 1)).toEqual({ ok: false, problem: 'expired' });
  });
  it('refuses a missing, malformed or forged token, and one signed with another secret', () => {
    const token = issueFormToken(secret, opened);
    const [time, mac] = token.split('.') as [string, string];
    const later = opened + 60_000;
    for (const bad of [undefined, '', '1', String(opened - 60_000), `${time}.`, `${time}.${mac}x`, `x${token}`, `${Number(time) - 10_000}.${mac}`, `${time}.${mac.slice(0, -2)}AA`, `${time}.${'A'.repeat(43)}`]) {
      expect(check(bad, later), String(bad)).toEqual({ ok: false, problem: 'token' });
    }
    expect(check(issueFormToken(randomBytes(32), opened), later)).toEqual({ ok: false, problem: 'token' });
    expect(check(token, later, randomBytes(32))).toEqual({ ok: false, problem: 'token' });
  });
});
