import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordMatches } from './passwordHash';
import { MIGRATIONS } from './migrations';

describe('moving from one shared password to accounts', () => {
  it('keeps the old password as the "admin" account, drops the old sessions, and ties new ones to a person', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec(MIGRATIONS[0]!);
    db.prepare('INSERT INTO admin (id, password_hash, set_at) VALUES (1, ?, ?)').run(hashPassword('the old shared one'), '2026-01-01T00:00:00.000Z');
    db.prepare('INSERT INTO sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)').run('abc', 1, Date.now() + 1000);
    db.exec(MIGRATIONS[1]!);
    const admin = db.prepare('SELECT * FROM moderators').get() as { id: number; name: string; admin: number; password_hash: string; password_set_at: string };
    expect(admin).toMatchObject({ name: 'admin', admin: 1, password_set_at: '2026-01-01T00:00:00.000Z' });
    expect(passwordMatches('the old shared one', admin.password_hash)).toBe(true);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'admin'").get()).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    db.prepare('INSERT INTO sessions (token_hash, moderator_id, created_at, expires_at, last_seen_at) VALUES (?, ?, 1, 2, 1)').run('def', admin.id);
    db.prepare('DELETE FROM moderators WHERE id = ?').run(admin.id);
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO moderators (name, name_key, password_hash, created_at, password_set_at) VALUES ('a', 'a', 'x', '', ''), ('A', 'a', 'x', '', '')").run()).toThrow(/UNIQUE/);
  });
});
