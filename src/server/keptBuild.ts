import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { syncFolder } from '../storage/writeFileDurably';
import { buildInfoFile, buildInfoOf, updateBuildInfo } from './liveBuild';

/** Which run of the server a build was made for, and with which check-in secret. */
export type BuildRun = { serverRun: string; secretFingerprint: string | null };
/** What a build was made from: the community's files and the code. */
export type BuildFiles = { contentHash: string; codeHash: string };

/**
 * Records that a build finished for this run of the server: only such a build can stand in for another later.
 * (The build writes its build info before its last steps, so a build cut short has one too, without `serverRun`.)
 */
export function markFinished(dir: string, run: BuildRun): void {
  updateBuildInfo(dir, { serverRun: run.serverRun });
}

/**
 * The newest build in `root` named `prefix…` that finished for this run of the server (so with its settings), with
 * this check-in secret, and was made from exactly the files and code `files()` describes, if one is kept: building
 * again would make the same site. An undo brings back the files of a build made minutes before. `files()` is
 * asked only when a build of this run is kept at all (it reads every file).
 */
export function keptBuildOf(root: string, prefix: string, run: BuildRun, files: () => BuildFiles): string | undefined {
  const names = existsSync(root) ? readdirSync(root).filter((n) => n.startsWith(prefix)).sort().reverse() : [];
  const ours = names.flatMap((name) => {
    const dir = join(root, name);
    const info = buildInfoOf(dir);
    return info?.serverRun === run.serverRun && info.secretFingerprint === run.secretFingerprint && existsSync(join(dir, 'client')) ? [{ dir, info }] : [];
  });
  if (!ours.length) return undefined;
  const now = files();
  return ours.find(({ info }) => info.contentHash === now.contentHash && info.codeHash === now.codeHash)?.dir;
}

/**
 * Makes a kept build stand for the store's `commit`: its build info names the commit (the moderators' pages show
 * which commit is live), and unless it is the live build it moves to `newDir`, the newest name, so pruning keeps it.
 * @returns the build's folder
 */
export function reviveBuild(dir: string, live: string, newDir: string, commit: string): string {
  const at = resolve(dir) === resolve(live) ? dir : newDir;
  if (at !== dir) {
    renameSync(dir, at);
    syncFolder(dirname(at));
  }
  updateBuildInfo(at, { commit });
  return at;
}

/** Deletes a build, its build info first: a removal cut short never leaves a build that looks whole. */
export function removeBuild(dir: string): void {
  rmSync(buildInfoFile(dir), { force: true });
  rmSync(dir, { recursive: true, force: true });
}
