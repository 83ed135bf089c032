import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { audit } from './auditLog';
import { database } from './database';
import { limitFromSetting, rateLimiter } from './rateLimiter';

/** A moderator session lasts this long, then they sign in again. */
export const SESSION_MS = 8 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'cl_admin';
const signIns = rateLimiter(limitFromSetting(process.env.ADMIN_SIGNIN_LIMIT, { max: 5, windowMs: 15 * 60 * 1000 }));

/** scrypt with a random salt: `scrypt$<salt hex>$<hash hex>`. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${scryptSync(password, salt, 32).toString('hex')}`;
}

export function passwordMatches(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  return timingSafeEqual(scryptSync(password, Buffer.from(salt, 'hex'), 32), Buffer.from(hash, 'hex'));
}

/**
 * Makes sure moderators have a password: `ADMIN_PASSWORD` when set (stored hashed); otherwise, on the very
 * first start, a strong one is generated, stored hashed, and printed once to the console.
 */
export function ensureAdminPassword(env: NodeJS.ProcessEnv = process.env): void {
  const db = database();
  const row = db.prepare('SELECT password_hash FROM admin WHERE id = 1').get() as { password_hash: string } | undefined;
  const configured = env.ADMIN_PASSWORD;
  if (configured) {
    if (!row || !passwordMatches(configured, row.password_hash)) {
      db.prepare('INSERT INTO admin (id, password_hash, set_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash, set_at = excluded.set_at')
        .run(hashPassword(configured), new Date().toISOString());
      audit('system', 'password-set', null, 'from ADMIN_PASSWORD');
    }
    return;
  }
  if (row) return;
  const password = randomBytes(18).toString('base64url');
  db.prepare('INSERT INTO admin (id, password_hash, set_at) VALUES (1, ?, ?)').run(hashPassword(password), new Date().toISOString());
  audit('system', 'password-generated');
  console.log(`\n  Moderator password for /admin/ (shown once, stored only hashed): ${password}\n  Set ADMIN_PASSWORD to choose your own.\n`);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks a sign-in attempt; limited per client, every attempt logged. Returns a session token on success. */
export function signIn(password: string, client: string): { ok: true; token: string } | { ok: false; retryAfterS?: number } {
  const limit = signIns.hit(client);
  if (!limit.allowed) {
    audit(client, 'sign-in-blocked');
    return { ok: false, retryAfterS: limit.retryAfterS };
  }
  const row = database().prepare('SELECT password_hash FROM admin WHERE id = 1').get() as { password_hash: string } | undefined;
  if (!row || !passwordMatches(password, row.password_hash)) {
    audit(client, 'sign-in-failed');
    return { ok: false };
  }
  signIns.reset(client);
  const token = randomBytes(32).toString('base64url');
  const at = Date.now();
  database().prepare('DELETE FROM sessions WHERE expires_at < ?').run(at);
  database().prepare('INSERT INTO sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)').run(tokenHash(token), at, at + SESSION_MS);
  audit('moderator', 'sign-in', null, client);
  return { ok: true, token };
}

/** Whether a session token is signed in and not expired. */
export function sessionValid(token: string | undefined, at = Date.now()): boolean {
  if (!token) return false;
  const row = database().prepare('SELECT expires_at FROM sessions WHERE token_hash = ?').get(tokenHash(token)) as { expires_at: number } | undefined;
  return Boolean(row && row.expires_at > at);
}

export function signOut(token: string | undefined): void {
  if (token) database().prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
}
