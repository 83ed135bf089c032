import { createHash, randomBytes } from 'node:crypto';
import { moderatorNameSchema, newPasswordSchema, type Moderator } from '../schemas/moderator';
import { audit } from './auditLog';
import { database } from './database';
import { addModerator, findModerator, makeAdmin, moderatorCount, storePassword } from './moderators';
import { hashPassword, passwordMatches, randomPassword } from './passwordHash';
import { limitFromSetting, rateLimiter } from './rateLimiter';

export { hashPassword, passwordMatches };

/** A moderator session lasts this long, then they sign in again. */
export const SESSION_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'cl_admin';
/** 60 s: "last seen" is for people reading the account list, not a clock; saves a disk write per request. */
const LAST_SEEN_STEP_MS = 60_000;
const signIns = rateLimiter(limitFromSetting(process.env.ADMIN_SIGNIN_LIMIT, { max: 5, windowMs: 15 * 60 * 1000 }));
// Compared against when the name is unknown, so a wrong name takes as long as a wrong password.
const NOBODY = hashPassword(randomPassword());

/**
 * Makes sure someone can moderate. `ADMIN_USER` (default `admin`) with `ADMIN_PASSWORD`: that account exists,
 * is an admin, and has that password (a changed password ends its sessions). With no password set and no
 * account at all (a first run), a strong password is generated for it, stored hashed and printed once.
 */
export function ensureAdminPassword(env: NodeJS.ProcessEnv = process.env): void {
  const parsed = moderatorNameSchema.safeParse(env.ADMIN_USER?.trim() || 'admin');
  if (!parsed.success) throw new Error(`ADMIN_USER ${JSON.stringify(env.ADMIN_USER)} is not a usable name: 1–40 visible characters.`);
  const name = parsed.data;
  const configured = env.ADMIN_PASSWORD;
  const existing = findModerator(name);
  if (configured) {
    if (!existing) {
      addModerator(name, { admin: true, password: configured }, { name: 'system' });
    } else if (!passwordMatches(configured, existing.passwordHash)) {
      storePassword(existing.id, configured, { mustChange: false });
      audit('system', 'password-set', null, `${existing.name}: from ADMIN_PASSWORD`);
    }
    if (existing && !existing.admin) makeAdmin(existing.id);
    return;
  }
  if (moderatorCount() > 0) return;
  const password = randomPassword();
  addModerator(name, { admin: true, password }, { name: 'system' });
  audit('system', 'password-generated', null, name);
  console.log(`\n  Moderator "${name}" for /admin/, password (shown once, stored only hashed): ${password}\n  Set ADMIN_PASSWORD to choose your own; add people with \`npm run moderator -- add <name>\`.\n`);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function startSession(moderatorId: number, client: string, at = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  database().prepare('DELETE FROM sessions WHERE expires_at < ?').run(at);
  database().prepare('INSERT INTO sessions (token_hash, moderator_id, created_at, expires_at, last_seen_at, client) VALUES (?, ?, ?, ?, ?, ?)')
    .run(tokenHash(token), moderatorId, at, at + SESSION_MS, at, client);
  return token;
}

/**
 * Checks a sign-in attempt by name (ignoring case) and password; failed attempts limited per client, every attempt logged
 * (a failed one with the client address and the name tried). Returns a session token on success.
 */
export function signIn(name: string, password: string, client: string):
  { ok: true; token: string; moderator: Moderator } | { ok: false; retryAfterS?: number } {
  // Only failures count, and no sign-in clears them: else anyone with an account (or a colleague behind the same
  // address) could reset an attacker's count between guesses at another account.
  const limit = signIns.check(client);
  const tried = name.trim().slice(0, 80);
  if (!limit.allowed) {
    audit(client, 'sign-in-blocked', null, tried);
    return { ok: false, retryAfterS: limit.retryAfterS };
  }
  const found = tried ? findModerator(tried) : undefined;
  if (!passwordMatches(password, found?.passwordHash ?? NOBODY) || !found) {
    signIns.record(client);
    audit(client, 'sign-in-failed', null, tried);
    return { ok: false };
  }
  const token = startSession(found.id, client);
  database().prepare('UPDATE moderators SET last_sign_in_at = ? WHERE id = ?').run(new Date().toISOString(), found.id);
  audit(found.name, 'sign-in', null, client);
  const { id, name: own, admin, mustChangePassword } = found;
  return { ok: true, token, moderator: { id, name: own, admin, mustChangePassword } };
}

/** The moderator a session token belongs to, while it is signed in and not expired; notes when they were last seen. */
export function sessionModerator(token: string | undefined, at = Date.now()): Moderator | undefined {
  if (!token) return undefined;
  const row = database().prepare(`SELECT s.token_hash, s.expires_at, s.last_seen_at, m.id, m.name, m.admin, m.must_change_password
    FROM sessions s JOIN moderators m ON m.id = s.moderator_id WHERE s.token_hash = ?`).get(tokenHash(token)) as
    { token_hash: string; expires_at: number; last_seen_at: number; id: number; name: string; admin: number; must_change_password: number } | undefined;
  if (!row || row.expires_at <= at) return undefined;
  if (at - row.last_seen_at > LAST_SEEN_STEP_MS) database().prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, row.token_hash);
  return { id: row.id, name: row.name, admin: row.admin === 1, mustChangePassword: row.must_change_password === 1 };
}

/** Whether a session token is signed in and not expired. */
export function sessionValid(token: string | undefined, at = Date.now()): boolean {
  return sessionModerator(token, at) !== undefined;
}

/** Ends one session (this browser). */
export function signOut(token: string | undefined): void {
  if (token) database().prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
}

/** Ends every session of one moderator, on every device. */
export function signOutEverywhere(moderator: Pick<Moderator, 'id' | 'name'>): void {
  database().prepare('DELETE FROM sessions WHERE moderator_id = ?').run(moderator.id);
  audit(moderator.name, 'signed-out-everywhere');
}

/** Why a password change was refused: wrong current password, new one too short, the same as before, typed differently twice. */
export type PasswordChangeError = 'wrong-current' | 'too-short' | 'same' | 'mismatch';

/**
 * Changes a moderator's own password (current one required; new one at least 10 characters, typed twice, not
 * the current one). Ends all their sessions and starts a fresh one for this browser: give its token back.
 */
export function changeOwnPassword(moderatorId: number, form: { current: string; next: string; again: string }, client: string):
  { ok: true; token: string } | { ok: false; error: PasswordChangeError } {
  const found = findModerator(moderatorId);
  if (!found || !passwordMatches(form.current, found.passwordHash)) return { ok: false, error: 'wrong-current' };
  if (!newPasswordSchema.safeParse(form.next).success) return { ok: false, error: 'too-short' };
  if (form.next !== form.again) return { ok: false, error: 'mismatch' };
  if (form.next === form.current) return { ok: false, error: 'same' };
  storePassword(found.id, form.next, { mustChange: false });
  audit(found.name, 'password-changed');
  return { ok: true, token: startSession(found.id, client) };
}
