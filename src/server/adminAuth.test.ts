import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The server modules open the database in DATA_DIR on first use: a fresh temp folder for this file.
beforeAll(() => { process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cailing-auth-')); });

const auth = () => import('./adminAuth');
const accounts = () => import('./moderators');
const cli = { name: 'cli:test' };

/** Adds an account and has its person choose their own password, as they would at first sign-in. */
async function person(name: string, password: string, options: { admin?: boolean } = {}) {
  const { addModerator } = await accounts();
  const { changeOwnPassword } = await auth();
  const added = addModerator(name, options, cli);
  if (!added.ok) throw new Error(added.error);
  const changed = changeOwnPassword(added.moderator.id, { current: added.password, next: password, again: password }, 'setup');
  if (!changed.ok) throw new Error(changed.error);
  return added.moderator;
}

describe('moderator sessions and sign-in', () => {
  it('hashes the password (scrypt, salted), starts sessions that expire, and ends them on sign-out', async () => {
    const { ensureAdminPassword, hashPassword, passwordMatches, sessionModerator, sessionValid, signIn, signOut, SESSION_MS } = await auth();
    const hash = hashPassword('correct horse');
    expect(hash).not.toContain('correct horse');
    expect(hashPassword('correct horse')).not.toBe(hash);
    expect(passwordMatches('correct horse', hash)).toBe(true);
    expect(passwordMatches('wrong', hash)).toBe(false);
    ensureAdminPassword({ ADMIN_PASSWORD: 'correct horse' });
    const session = signIn('admin', 'correct horse', 'client-a');
    expect(session.ok).toBe(true);
    if (!session.ok) return;
    expect(sessionModerator(session.token)).toMatchObject({ name: 'admin', admin: true, mustChangePassword: false });
    expect(sessionValid(session.token, Date.now() + SESSION_MS + 1000)).toBe(false);
    expect(sessionValid('made-up-token')).toBe(false);
    signOut(session.token);
    expect(sessionValid(session.token)).toBe(false);
  });
  it('limits sign-in attempts per client and logs every one, with the client address and the name tried', async () => {
    const { signIn } = await auth();
    const { auditEntries } = await import('./auditLog');
    const results = Array.from({ length: 7 }, () => signIn('admin', 'guess', 'client-b'));
    expect(results.slice(0, 5).every((r) => !r.ok && r.retryAfterS === undefined)).toBe(true);
    expect(results[6]).toMatchObject({ ok: false, retryAfterS: expect.any(Number) });
    expect(signIn('admin', 'correct horse', 'client-b').ok).toBe(false); // blocked even with the right password
    const entries = auditEntries().filter((e) => e.actor === 'client-b');
    expect(entries.filter((e) => e.action === 'sign-in-failed')).toHaveLength(5);
    expect(entries.every((e) => e.detail === 'admin')).toBe(true);
    expect(entries.map((e) => e.action)).toContain('sign-in-blocked');
  });
  it('lets no sign-in clear the failures counted against an address, so one account cannot be used to guess at another', async () => {
    const { signIn } = await auth();
    await person('Zhao Min', 'zhao-min-own-pass');
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < 2; i += 1) expect(signIn('admin', `guess-${round}-${i}`, 'client-e').ok).toBe(false);
      if (round < 2) expect(signIn('Zhao Min', 'zhao-min-own-pass', 'client-e').ok).toBe(true);
    }
    // Six wrong passwords from one address: the sixth was already refused unread.
    expect(signIn('admin', 'guess-again', 'client-e')).toMatchObject({ ok: false, retryAfterS: expect.any(Number) });
    // Signing in does not use up the allowance: someone who never mistypes is never stopped.
    for (let i = 0; i < 8; i += 1) expect(signIn('Zhao Min', 'zhao-min-own-pass', 'client-f').ok).toBe(true);
  });
  it('signs a person in by their name, whatever its case, and records their name on what they do', async () => {
    const { signIn } = await auth();
    const { auditEntries } = await import('./auditLog');
    await person('Wang Li', 'wang-li-own-pass');
    expect(signIn('wang li', 'wang-li-own-pass', 'client-c')).toMatchObject({ ok: true, moderator: { name: 'Wang Li', admin: false } });
    expect(signIn('Wang Li', 'correct horse', 'client-c').ok).toBe(false); // someone else's password
    expect(signIn('nobody', 'correct horse', 'client-c').ok).toBe(false);
    expect(auditEntries().find((e) => e.action === 'sign-in')).toMatchObject({ actor: 'Wang Li', detail: 'client-c' });
  });
  it('makes receipts of 100 random bits that reveal nothing', async () => {
    const { newReceipt } = await import('./submissionsStore');
    const receipts = new Set(Array.from({ length: 2000 }, newReceipt));
    expect(receipts.size).toBe(2000);
    for (const r of receipts) expect(r).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });
});

describe('accounts: people, not a password', () => {
  it('refuses a second account whose name differs only in case (or full-width letters), and names that are not 1–40 visible characters', async () => {
    const { addModerator } = await accounts();
    await person('Zhao', 'zhao-own-password');
    expect(addModerator('zhao', {}, cli)).toEqual({ ok: false, error: 'taken' });
    expect(addModerator('ＺＨＡＯ', {}, cli)).toEqual({ ok: false, error: 'taken' });
    for (const bad of ['', '   ', 'a'.repeat(41), 'tab\there', 'zero\u200bwidth', 'two  spaces']) expect(addModerator(bad, {}, cli), JSON.stringify(bad)).toEqual({ ok: false, error: 'bad-name' });
    expect(addModerator('王老师', {}, cli).ok).toBe(true);
    expect(addModerator('x'.repeat(40), {}, cli).ok).toBe(true);
  });
  it('a changed password ends that person’s sessions only, and the browser that changed it gets a fresh one', async () => {
    const { changeOwnPassword, sessionValid, signIn } = await auth();
    const qian = await person('Qian', 'qian-first-password');
    const sun = await person('Sun', 'sun-own-password');
    const phone = signIn('Qian', 'qian-first-password', 'phone');
    const laptop = signIn('Qian', 'qian-first-password', 'laptop');
    const other = signIn('Sun', 'sun-own-password', 'desk');
    if (!phone.ok || !laptop.ok || !other.ok) throw new Error('sign-in failed');
    const changed = changeOwnPassword(qian.id, { current: 'qian-first-password', next: 'qian-second-password', again: 'qian-second-password' }, 'laptop');
    if (!changed.ok) throw new Error(changed.error);
    expect(sessionValid(phone.token)).toBe(false);
    expect(sessionValid(laptop.token)).toBe(false);
    expect(sessionValid(changed.token)).toBe(true);
    expect(sessionValid(other.token)).toBe(true);
    expect(signIn('Qian', 'qian-first-password', 'phone').ok).toBe(false);
    expect(signIn('Qian', 'qian-second-password', 'phone').ok).toBe(true);
    expect(sun.admin).toBe(false);
  });
  it('refuses a new password that is wrong, short, typed differently twice, or the same as before', async () => {
    const { changeOwnPassword } = await auth();
    const li = await person('Li', 'li-own-password');
    const change = (current: string, next: string, again = next) => changeOwnPassword(li.id, { current, next, again }, 'x');
    expect(change('not-it-at-all', 'li-new-password')).toEqual({ ok: false, error: 'wrong-current' });
    expect(change('li-own-password', 'short')).toEqual({ ok: false, error: 'too-short' });
    expect(change('li-own-password', 'li-new-password', 'li-new-passwort')).toEqual({ ok: false, error: 'mismatch' });
    expect(change('li-own-password', 'li-own-password')).toEqual({ ok: false, error: 'same' });
  });
  it('a one-time password signs in only to choose a new one, and a reset ends the sessions', async () => {
    const { addModerator, findModerator, resetModeratorPassword } = await accounts();
    const { changeOwnPassword, sessionModerator, sessionValid, signIn } = await auth();
    const added = addModerator('Zhou', {}, cli);
    if (!added.ok) throw new Error(added.error);
    expect(added.password).toMatch(/^[\w-]{24}$/);
    const first = signIn('zhou', added.password, 'phone');
    if (!first.ok) throw new Error('sign-in failed');
    expect(first.moderator.mustChangePassword).toBe(true);
    expect(sessionModerator(first.token)?.mustChangePassword).toBe(true);
    expect(changeOwnPassword(added.moderator.id, { current: added.password, next: added.password, again: added.password }, 'phone')).toEqual({ ok: false, error: 'same' });
    const chosen = changeOwnPassword(added.moderator.id, { current: added.password, next: 'zhou-chosen-pass', again: 'zhou-chosen-pass' }, 'phone');
    if (!chosen.ok) throw new Error(chosen.error);
    expect(sessionModerator(chosen.token)?.mustChangePassword).toBe(false);
    const reset = resetModeratorPassword('ZHOU', cli);
    if (!reset.ok) throw new Error(reset.error);
    expect(sessionValid(chosen.token)).toBe(false);
    expect(findModerator('zhou')?.mustChangePassword).toBe(true);
    expect(signIn('zhou', 'zhou-chosen-pass', 'phone').ok).toBe(false);
    expect(signIn('zhou', reset.password, 'phone').ok).toBe(true);
  });
  it('removing an account ends its open sessions; nobody removes themselves or the last admin', async () => {
    const { removeModerator, findModerator } = await accounts();
    const { sessionValid, signIn } = await auth();
    const wu = await person('Wu', 'wu-own-password');
    const session = signIn('Wu', 'wu-own-password', 'phone');
    if (!session.ok) throw new Error('sign-in failed');
    expect(removeModerator('Wu', { id: wu.id, name: 'Wu' })).toEqual({ ok: false, error: 'self' });
    const admin = findModerator('admin')!;
    expect(removeModerator('admin', { id: wu.id, name: 'Wu' })).toEqual({ ok: false, error: 'last-admin' });
    expect(removeModerator('no-such-person', { id: admin.id, name: 'admin' })).toEqual({ ok: false, error: 'unknown' });
    expect(removeModerator('wu', { id: admin.id, name: 'admin' })).toEqual({ ok: true, name: 'Wu' });
    expect(sessionValid(session.token)).toBe(false);
    expect(signIn('Wu', 'wu-own-password', 'phone').ok).toBe(false);
  });
  it('"sign out everywhere" ends all of one person’s sessions and nobody else’s', async () => {
    const { signIn, signOutEverywhere, sessionValid } = await auth();
    const zheng = await person('Zheng', 'zheng-own-password');
    const a = signIn('Zheng', 'zheng-own-password', 'phone');
    const b = signIn('Zheng', 'zheng-own-password', 'laptop');
    const other = signIn('admin', 'correct horse', 'desk');
    if (!a.ok || !b.ok || !other.ok) throw new Error('sign-in failed');
    signOutEverywhere(zheng);
    expect([sessionValid(a.token), sessionValid(b.token), sessionValid(other.token)]).toEqual([false, false, true]);
  });
});

describe('the first account, from the server settings', () => {
  it('ADMIN_USER/ADMIN_PASSWORD make an admin; a changed ADMIN_PASSWORD replaces the password and ends its sessions', async () => {
    const { ensureAdminPassword, signIn, sessionValid } = await auth();
    const { findModerator } = await accounts();
    ensureAdminPassword({ ADMIN_USER: 'Chen', ADMIN_PASSWORD: 'chen-first-pass' });
    expect(findModerator('chen')).toMatchObject({ name: 'Chen', admin: true, mustChangePassword: false });
    const session = signIn('Chen', 'chen-first-pass', 'desk');
    if (!session.ok) throw new Error('sign-in failed');
    ensureAdminPassword({ ADMIN_USER: 'Chen', ADMIN_PASSWORD: 'chen-first-pass' }); // a restart, same settings
    expect(sessionValid(session.token)).toBe(true);
    ensureAdminPassword({ ADMIN_USER: 'Chen', ADMIN_PASSWORD: 'chen-second-pass' });
    expect(sessionValid(session.token)).toBe(false);
    expect(signIn('Chen', 'chen-second-pass', 'desk').ok).toBe(true);
    expect(() => ensureAdminPassword({ ADMIN_USER: 'bad\tname', ADMIN_PASSWORD: 'x-password' })).toThrow(/ADMIN_USER/);
  });
});
