import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The server modules open the database in DATA_DIR on first use: a fresh temp folder for this file.
beforeAll(() => { process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cailing-auth-')); });

describe('moderator sessions and sign-in', () => {
  it('hashes the password (scrypt, salted), starts sessions that expire, and ends them on sign-out', async () => {
    const { ensureAdminPassword, hashPassword, passwordMatches, sessionValid, signIn, signOut, SESSION_MS } = await import('./adminAuth');
    const hash = hashPassword('correct horse');
    expect(hash).not.toContain('correct horse');
    expect(hashPassword('correct horse')).not.toBe(hash);
    expect(passwordMatches('correct horse', hash)).toBe(true);
    expect(passwordMatches('wrong', hash)).toBe(false);
    ensureAdminPassword({ ADMIN_PASSWORD: 'correct horse' });
    const session = signIn('correct horse', 'client-a');
    expect(session.ok).toBe(true);
    if (!session.ok) return;
    expect(sessionValid(session.token)).toBe(true);
    expect(sessionValid(session.token, Date.now() + SESSION_MS + 1000)).toBe(false);
    expect(sessionValid('made-up-token')).toBe(false);
    signOut(session.token);
    expect(sessionValid(session.token)).toBe(false);
  });
  it('limits sign-in attempts per client and logs every one', async () => {
    const { signIn } = await import('./adminAuth');
    const { auditEntries } = await import('./auditLog');
    const results = Array.from({ length: 7 }, () => signIn('guess', 'client-b'));
    expect(results.slice(0, 5).every((r) => !r.ok && r.retryAfterS === undefined)).toBe(true);
    expect(results[6]).toMatchObject({ ok: false, retryAfterS: expect.any(Number) });
    expect(signIn('correct horse', 'client-b').ok).toBe(false); // blocked even with the right password
    const actions = auditEntries().filter((e) => e.actor === 'client-b').map((e) => e.action);
    expect(actions.filter((a) => a === 'sign-in-failed')).toHaveLength(5);
    expect(actions).toContain('sign-in-blocked');
  });
  it('makes receipts of 100 random bits that reveal nothing', async () => {
    const { newReceipt } = await import('./submissionsStore');
    const receipts = new Set(Array.from({ length: 2000 }, newReceipt));
    expect(receipts.size).toBe(2000);
    for (const r of receipts) expect(r).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });
});
