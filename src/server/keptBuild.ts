import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileDurably } from '../storage/writeFileDurably';
import { BUILD_INFO, buildInfoOf, type BuildInfo } from './liveBuild';

/** What a build must have been made from to stand in for a new one. */
export type SameBuild = { contentHash: string; codeHash: string; secretFingerprint: string | null; serverRun: string };

/**
 * The newest build in `root` named `prefix…` made from exactly these community files, by this code, with this
 * check-in secret, for this run of the server (so with its settings), if one is kept: building again would make
 * the same site. An undo brings back the files of a build made minutes before.
 */
export function keptBuildOf(root: string, prefix: string, wanted: SameBuild): string | undefined {
  const names = existsSync(root) ? readdirSync(root).filter((n) => n.startsWith(prefix)).sort().reverse() : [];
  for (const name of names) {
    const dir = join(root, name);
    const info = buildInfoOf(dir);
    if (info && existsSync(join(dir, 'client')) && info.contentHash === wanted.contentHash && info.codeHash === wanted.codeHash
      && info.secretFingerprint === wanted.secretFingerprint && info.serverRun === wanted.serverRun) return dir;
  }
  return undefined;
}

/**
 * Makes a kept build stand for the store's `commit`: its build info names the commit (the moderators' pages show
 * which commit is live), and unless it is the live build it moves to `newDir`, the newest name, so pruning keeps it.
 * @returns the build's folder
 */
export function reviveBuild(dir: string, live: string, newDir: string, commit: string): string {
  const info = buildInfoOf(dir) as BuildInfo;
  const at = resolve(dir) === resolve(live) ? dir : newDir;
  if (at !== dir) renameSync(dir, at);
  writeFileDurably(join(at, 'server', BUILD_INFO), `${JSON.stringify({ ...info, commit }, null, 2)}\n`);
  return at;
}
