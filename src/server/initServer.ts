import { readdirSync } from 'node:fs';
import { ensureAdminPassword } from './adminAuth';
import { database, storagePaths } from './database';
import { removePhoto } from './photoPipeline';
import { recoverApprovals } from './publisher';
import { startSiteWatch } from './siteRebuild';
import { ensureStore } from './store/communityStore';
import { referencedPhotos } from './submissionsStore';

let started: Promise<void> | undefined;

/**
 * Runs once per server process, on its first dynamic request (serve.mjs makes one at start): opens (and
 * migrates) the database, makes sure moderators can sign in, removes photos whose request never got its
 * row (a crash between the two), creates the content store on the very first run, settles approvals a crash
 * interrupted, and rebuilds the site when it does not show what the store holds.
 */
export function initServer(): Promise<void> {
  started ??= (async () => {
    database();
    ensureAdminPassword();
    const { uploads } = storagePaths();
    const keep = referencedPhotos();
    for (const name of readdirSync(uploads)) if (!keep.has(name)) removePhoto(uploads, name);
    await ensureStore();
    await recoverApprovals();
    await startSiteWatch();
  })();
  return started;
}
