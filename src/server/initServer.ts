import { readdirSync } from 'node:fs';
import { ensureAdminPassword } from './adminAuth';
import { database, storagePaths } from './database';
import { removePhoto } from './photoPipeline';
import { resumePublishing } from './publisher';
import { referencedPhotos } from './submissionsStore';

let done = false;

/**
 * Runs once per server process, on its first dynamic request: opens (and migrates) the database, makes
 * sure moderators have a password, removes photos whose request never got its row (a crash between the
 * two), and resumes publishing approved stories that are not on the site yet.
 */
export function initServer(): void {
  if (done) return;
  done = true;
  database();
  ensureAdminPassword();
  const { uploads } = storagePaths();
  const keep = referencedPhotos();
  for (const name of readdirSync(uploads)) if (!keep.has(name)) removePhoto(uploads, name);
  resumePublishing();
}
