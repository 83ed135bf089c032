/**
 * `npm run backup [folder]`: a consistent copy of everything the running site keeps, while it runs:
 * - the SQLite database, through its online backup API (a snapshot, never a half-written page);
 * - the residents' photos the database refers to;
 * - the content store (the community's published data and stories, with their whole history), as a git clone
 *   of its last commit, so a half-done change is never copied;
 * - the check-in secret and the record of printed posters (without them, printed posters stop working).
 * Writes <folder>/backup-<time>/ laid out like a data folder (default folder: <data dir>/backups): to restore,
 * copy its contents into an empty data folder and start the server with DATA_DIR pointing there.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { simpleGit } from 'simple-git';
import { POSTERS_RECORD, SECRET_FILE } from '../src/storage/checkinSecret';
import { storagePaths } from '../src/server/database';
import { storeDir } from '../src/server/store/communityStore';

const { root, database, uploads } = storagePaths();
const target = join(resolve(process.argv[2] ?? join(root, 'backups')), `backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(join(target, 'uploads'), { recursive: true });
const db = new Database(database, { readonly: true, fileMustExist: true });
await db.backup(join(target, 'cailing.sqlite'));
db.close();
const copy = new Database(join(target, 'cailing.sqlite'), { readonly: true });
const photos = (copy.prepare('SELECT photo FROM submissions WHERE photo IS NOT NULL').all() as { photo: string }[]).map((r) => r.photo);
copy.close();
for (const name of photos) if (existsSync(join(uploads, name))) copyFileSync(join(uploads, name), join(target, 'uploads', name));
const kept = [`the database and ${photos.length} photo(s)`];
if (existsSync(join(storeDir(), '.git'))) {
  await simpleGit().clone(storeDir(), join(target, 'community'), ['--no-hardlinks']);
  await simpleGit(join(target, 'community')).removeRemote('origin');
  kept.push('the content store');
}
for (const file of [SECRET_FILE, POSTERS_RECORD]) {
  if (!existsSync(join(root, file))) continue;
  mkdirSync(dirname(join(target, file)), { recursive: true });
  copyFileSync(join(root, file), join(target, file));
  kept.push(file);
}
console.log(`backed up ${kept.join(', ')} to ${target}`);
