import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The one folder for what the running site writes and keeps private: the SQLite database, uploads, the
 * check-in secret, generated posters. `DATA_DIR` when set, else `var/` in the project (git ignores it).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(env.DATA_DIR || 'var');
  mkdirSync(dir, { recursive: true });
  return dir;
}
