import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dataDir } from '../storage/dataDir';
import { MIGRATIONS } from './migrations';

let open: Database.Database | undefined;

/** Where the running site keeps what residents sent: the database file and the uploaded photos. */
export function storagePaths(env: NodeJS.ProcessEnv = process.env) {
  const root = dataDir(env);
  const uploads = join(root, 'uploads');
  mkdirSync(uploads, { recursive: true });
  return { root, database: join(root, 'cailing.sqlite'), uploads };
}

/**
 * The one SQLite connection (better-sqlite3): WAL so readers never wait, `synchronous = FULL` so a 201 is
 * on disk before it is sent, foreign keys on, schema migrated to the latest version. Created on first use.
 */
export function database(): Database.Database {
  if (open) return open;
  const db = new Database(storagePaths().database);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  open = db;
  return db;
}

/** Brings the schema to the latest version, one transaction per step. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
