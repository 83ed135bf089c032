/**
 * `npm run backup [folder]`: a consistent copy of what residents sent, while the server runs — the SQLite
 * database through its online backup API (a snapshot, never a half-written page) and the uploaded photos
 * it refers to. Writes <folder>/backup-<time>/ (default folder: <data dir>/backups). Restore by pointing
 * DATA_DIR at the copy (or copying its files into a new data folder).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { storagePaths } from '../src/server/database';

const { root, database, uploads } = storagePaths();
const target = join(resolve(process.argv[2] ?? join(root, 'backups')), `backup-${new Date().toISOString().replace(/[:.]/g, '-')}`);
mkdirSync(join(target, 'uploads'), { recursive: true });
const db = new Database(database, { readonly: true, fileMustExist: true });
await db.backup(join(target, 'cailing.sqlite'));
const photos = (new Database(join(target, 'cailing.sqlite'), { readonly: true }).prepare('SELECT photo FROM submissions WHERE photo IS NOT NULL').all() as { photo: string }[]).map((r) => r.photo);
for (const name of photos) copyFileSync(join(uploads, name), join(target, 'uploads', name));
db.close();
console.log(`backed up the database and ${photos.length} photo(s) to ${target}`);
