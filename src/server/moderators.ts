import { moderatorNameKey, moderatorNameSchema, type Moderator } from '../schemas/moderator';
import { audit } from './auditLog';
import { database } from './database';
import { hashPassword, randomPassword } from './passwordHash';

/** One account as stored (the password only as its scrypt hash). */
export type ModeratorRecord = Moderator & { passwordHash: string; createdAt: string; passwordSetAt: string; lastSignInAt: string | null };

/** Why an account change was refused: a name that is not 1–40 visible characters, taken, unknown; removing yourself or the last admin. */
export type AccountError = 'bad-name' | 'taken' | 'unknown' | 'self' | 'last-admin';

/** Who is making a change: a signed-in moderator (`id` set), or the command line / the server's settings. */
export type Actor = { id?: number; name: string };

type Row = { id: number; name: string; password_hash: string; admin: number; must_change_password: number; created_at: string; password_set_at: string; last_sign_in_at: string | null };

const record = (r: Row): ModeratorRecord => ({
  id: r.id, name: r.name, admin: r.admin === 1, mustChangePassword: r.must_change_password === 1,
  passwordHash: r.password_hash, createdAt: r.created_at, passwordSetAt: r.password_set_at, lastSignInAt: r.last_sign_in_at,
});

/** Every account, by name (ignoring case), with when each last signed in. */
export function listModerators(): ModeratorRecord[] {
  return (database().prepare('SELECT * FROM moderators ORDER BY name_key').all() as Row[]).map(record);
}

/** The account called `name` (ignoring case) or with row id `id`, if there is one. */
export function findModerator(target: string | number): ModeratorRecord | undefined {
  const row = typeof target === 'number'
    ? database().prepare('SELECT * FROM moderators WHERE id = ?').get(target)
    : database().prepare('SELECT * FROM moderators WHERE name_key = ?').get(moderatorNameKey(target));
  return row ? record(row as Row) : undefined;
}

/** How many accounts exist. */
export function moderatorCount(): number {
  return (database().prepare('SELECT count(*) AS n FROM moderators').get() as { n: number }).n;
}

/**
 * Makes an account. Without `password`, a one-time password is made, which the person must replace at
 * their first sign-in; it is returned (shown once) and stored only hashed.
 */
export function addModerator(name: string, options: { admin?: boolean; password?: string }, by: Actor):
  { ok: true; moderator: ModeratorRecord; password: string } | { ok: false; error: AccountError } {
  const parsed = moderatorNameSchema.safeParse(name);
  if (!parsed.success) return { ok: false, error: 'bad-name' };
  if (findModerator(parsed.data)) return { ok: false, error: 'taken' };
  const password = options.password ?? randomPassword();
  const at = new Date().toISOString();
  const { lastInsertRowid } = database().prepare(`INSERT INTO moderators (name, name_key, password_hash, admin, must_change_password, created_at, password_set_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(parsed.data, moderatorNameKey(parsed.data), hashPassword(password), options.admin ? 1 : 0, options.password ? 0 : 1, at, at);
  audit(by.name, 'moderator-added', null, `${parsed.data}${options.admin ? ' (admin)' : ''}`);
  return { ok: true, moderator: findModerator(Number(lastInsertRowid))!, password };
}

/** Removes an account; its sessions end with it (the database cascades). Not yourself, not the last admin. */
export function removeModerator(target: string | number, by: Actor): { ok: true; name: string } | { ok: false; error: AccountError } {
  const found = findModerator(target);
  if (!found) return { ok: false, error: 'unknown' };
  if (found.id === by.id) return { ok: false, error: 'self' };
  if (found.admin && adminCount() <= 1) return { ok: false, error: 'last-admin' };
  database().prepare('DELETE FROM moderators WHERE id = ?').run(found.id);
  audit(by.name, 'moderator-removed', null, found.name);
  return { ok: true, name: found.name };
}

/** Gives an account a new one-time password (returned, shown once) and ends its sessions. Not your own: use the account page. */
export function resetModeratorPassword(target: string | number, by: Actor): { ok: true; name: string; password: string } | { ok: false; error: AccountError } {
  const found = findModerator(target);
  if (!found) return { ok: false, error: 'unknown' };
  if (found.id === by.id) return { ok: false, error: 'self' };
  const password = randomPassword();
  storePassword(found.id, password, { mustChange: true });
  audit(by.name, 'password-reset', null, found.name);
  return { ok: true, name: found.name, password };
}

/** Stores a new password (hashed) and ends every session of that account, in one transaction. */
export function storePassword(id: number, password: string, { mustChange }: { mustChange: boolean }): void {
  const db = database();
  db.transaction(() => {
    db.prepare('UPDATE moderators SET password_hash = ?, must_change_password = ?, password_set_at = ? WHERE id = ?')
      .run(hashPassword(password), mustChange ? 1 : 0, new Date().toISOString(), id);
    db.prepare('DELETE FROM sessions WHERE moderator_id = ?').run(id);
  })();
}

/** Makes an account an admin (the server's `ADMIN_USER` always is). */
export function makeAdmin(id: number): void {
  database().prepare('UPDATE moderators SET admin = 1 WHERE id = ?').run(id);
}

function adminCount(): number {
  return (database().prepare('SELECT count(*) AS n FROM moderators WHERE admin = 1').get() as { n: number }).n;
}
