import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_TOKEN_MAX_AGE_MS, issueFormToken, verifyFormToken } from './formToken';
import { minFillMs, receiveSubmission } from './receiveSubmission';
import { serverSecret } from './serverSecret';

// Every case here is refused before the database or the community's data is touched; the stories that get
// through are the integration tests' (tests/integration/submissions.test.ts).
beforeAll(() => { process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cailing-receive-')); });

const opened = Date.UTC(2026, 10, 29, 8, 0, 0);
function request(over: Record<string, string | undefined>) {
  const fields: Record<string, string | undefined> = {
    lang: 'en', title: 'A bench by the door', body: 'Neighbours sit here every evening and talk about the day.', kind: 'bench',
    stairwell: '22-1', consent: 'yes', website: '', formToken: issueFormToken(serverSecret(), opened), ...over,
  };
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.append(k, v);
  return new Request('http://127.0.0.1/api/submissions', { method: 'POST', body });
}
const refusal = async (over: Record<string, string | undefined>, at: number) => {
  const r = await receiveSubmission(request(over), '10.0.0.1', at);
  if (r.ok) throw new Error('accepted');
  return r;
};

describe('receiveSubmission: form token and honeypot', () => {
  it('refuses a form sent back sooner than the minimum fill time, keeping what was typed', async () => {
    const r = await refusal({}, opened + minFillMs() - 1);
    expect([r.status, r.errors]).toEqual([400, { form: 'too-fast' }]);
    expect(r.values?.title).toBe('A bench by the door');
    expect(r.retry).toBeUndefined();
  });
  it('refuses a missing token, a forged one and the old `startedAt` time in its place', async () => {
    for (const formToken of [undefined, '', String(opened - 60_000), `${opened}.${'A'.repeat(43)}`, issueFormToken(new Uint8Array(32), opened)]) {
      expect((await refusal({ formToken }, opened + 60_000)).errors, String(formToken)).toEqual({ form: 'token' });
    }
  });
  it('renews a token a week old with one that works at once, so the resident just sends again', async () => {
    const at = opened + FORM_TOKEN_MAX_AGE_MS + 1;
    const r = await refusal({}, at);
    expect([r.errors, r.retry]).toEqual([{ form: 'expired' }, true]);
    expect(verifyFormToken(r.formToken, serverSecret(), at, { minAgeMs: minFillMs() }).ok).toBe(true);
  });
  it('refuses a form without the honeypot field exactly like one with it filled', async () => {
    expect((await refusal({ website: undefined }, opened + 60_000)).errors).toEqual({ form: 'spam' });
    expect((await refusal({ website: 'http://spam.example' }, opened + 60_000)).errors).toEqual({ form: 'spam' });
  });
  it('keeps a good token through a refusal for the resident to fix, and names an invisible title', async () => {
    const token = issueFormToken(serverSecret(), opened);
    const r = await refusal({ formToken: token, title: '\u3164\u2800\u200f' }, opened + 60_000);
    expect(r.errors).toEqual({ title: 'invisible' });
    expect(r.formToken).toBe(token);
  });
});

describe('minFillMs', () => {
  it('reads SUBMIT_MIN_FILL_MS, and keeps 3 s for anything that is not a whole number of ms', () => {
    expect(minFillMs({ SUBMIT_MIN_FILL_MS: '0' })).toBe(0);
    expect(minFillMs({ SUBMIT_MIN_FILL_MS: '1500' })).toBe(1500);
    expect(minFillMs({})).toBe(3000);
    expect(minFillMs({ SUBMIT_MIN_FILL_MS: 'soon' })).toBe(3000);
    expect(minFillMs({ SUBMIT_MIN_FILL_MS: '-1' })).toBe(3000);
  });
});
