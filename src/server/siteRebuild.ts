import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../core/checks/problem';
import { existingSecretFingerprint } from '../storage/checkinSecret';
import { codeHash, contentHash } from '../community/contentHash';
import { dataDir } from '../storage/dataDir';
import { readCommunity } from '../community/readCommunity';
import { audit } from './auditLog';
import { BUILDS_DIR } from './buildLock.mjs';
import { reloadCommunity } from './communityData';
import { database } from './database';
import { type BuildRun, keptBuildOf, markFinished, removeBuild, reviveBuild } from './keptBuild';
import { buildInfoOf, builtByOtherCode, firstBuildDir, liveBuildDir, liveSourceDir, switchLiveBuild } from './liveBuild';
import { exportSnapshot, includes, storeDir, storeHead } from './store/communityStore';
import { listSubmissions, updateSubmission } from './submissionsStore';

/** A failed rebuild is tried again after this long (`PUBLISH_RETRY_MS`). */
const RETRY_MS = Number(process.env.PUBLISH_RETRY_MS || 60_000);
/** A requested build waits until requests pause this long (`PUBLISH_QUIET_MS`)… */
const QUIET_MS = Number(process.env.PUBLISH_QUIET_MS ?? 1500);
/** …but never longer than this after the first request. */
const MAX_WAIT_MS = 10_000;
/** How often the server looks for changes pushed into the store with git (`STORE_POLL_MS`). */
const POLL_MS = Number(process.env.STORE_POLL_MS || 10_000);
/** Builds kept besides the live one: an undo that brings back one's files makes it live again at once. */
const KEEP_BUILDS = 2;
/** This run of the server: its builds are made with its settings, so only they can stand in for one another. */
const SERVER_RUN = randomUUID();

/** What the moderators see about the live site and the store. */
export type SiteState = {
  /** Commit of the store the live site was built from (`null`: the first build, from the shipped folder). */
  liveCommit: string | null;
  /** A rebuild is running. */
  building: boolean;
  /** The last rebuild failed: its message. */
  error?: string;
  /** The store's latest commit failed the data checks and was not built: the problems. */
  refused?: { commit: string; problems: string[] };
};

const state: SiteState = { liveCommit: null, building: false };
let building: Promise<void> | undefined;
let again = false;
let retry: NodeJS.Timeout | undefined;
let poll: NodeJS.Timeout | undefined;
let lastSeenHead: string | undefined;
/** A build asked for and waiting for the moderators to pause (see `QUIET_MS`). */
let waiting: { timer: NodeJS.Timeout; since: number; done: Promise<void>; start: () => void } | undefined;

/** The live site and store as the moderators' pages show them. */
export function siteState(): SiteState {
  return { ...state, liveCommit: buildInfoOf(liveBuildDir())?.commit ?? null, building: Boolean(building || waiting) };
}

/**
 * Rebuilds the site from the store's latest commit, in the background, one build at a time (a request
 * during a build queues one more). A build starts once requests have paused for `QUIET_MS` (at most
 * `MAX_WAIT_MS` after the first), so a moderator approving ten stories in a row gets one build, not ten.
 * The commit is first copied out of the store and checked with every `check:data` rule (so a change pushed
 * with git is checked too); only a sound snapshot is built, into a new folder, and only a successful build
 * goes live. A failed or refused build leaves the live site as it was. A snapshot with the files of a build this run
 * of the server keeps (an undo) is not built again: that build goes live as it is, in a moment.
 */
export function requestRebuild(): Promise<void> {
  if (building) { again = true; return building; }
  if (waiting) {
    clearTimeout(waiting.timer);
    waiting.timer = setTimeout(waiting.start, Math.max(0, Math.min(QUIET_MS, waiting.since + MAX_WAIT_MS - Date.now())));
    return waiting.done;
  }
  clearTimeout(retry);
  let start!: () => void;
  const done = new Promise<void>((resolve) => {
    start = () => {
      waiting = undefined;
      resolve(startBuild());
    };
  });
  waiting = { timer: setTimeout(start, QUIET_MS), since: Date.now(), done, start };
  return done;
}

function startBuild(): Promise<void> {
  building = rebuild().catch((error: unknown) => {
    state.error = String((error as Error).message ?? error);
    audit('system', 'publish-failed', null, state.error.slice(0, 500));
  }).finally(() => {
    building = undefined;
    if (again) { again = false; void requestRebuild(); }
  });
  return building;
}

/** Waits for the build in progress, if any (tests and the shutdown path). */
export function publishing(): Promise<void> | undefined {
  return building;
}

/**
 * At server start: rebuild when the live site does not show what the store holds (a fresh checkout of the
 * code, a restored backup, a push while the server was down), was built by other code than the server runs (a
 * deploy: its pages would be the old ones) or with another check-in secret; then keep watching the store for pushes.
 */
export async function startSiteWatch(): Promise<void> {
  const live = buildInfoOf(liveBuildDir());
  const secret = existingSecretFingerprint();
  const stale = !live || live.contentHash !== contentHash(storeDir());
  const redeployed = builtByOtherCode(live, buildInfoOf(firstBuildDir()));
  if (redeployed) console.log('The live site was built by other code than this server runs: rebuilding it with this code.');
  if (live && secret && live.secretFingerprint && live.secretFingerprint !== secret) {
    console.warn(`The live site was built with check-in secret ${live.secretFingerprint}, but the data folder holds ${secret}: rebuilding, so printed posters keep working.`);
    audit('system', 'secret-mismatch', null, `${live.secretFingerprint} → ${secret}`);
    void requestRebuild();
  } else if (stale || redeployed || listSubmissions('approved').length) {
    void requestRebuild();
  }
  lastSeenHead = await storeHead();
  clearInterval(poll);
  poll = setInterval(() => void watchForPushes(), POLL_MS);
  poll.unref();
}

async function watchForPushes() {
  const head = await storeHead().catch(() => undefined);
  if (!head || head === lastSeenHead) return;
  lastSeenHead = head;
  reloadCommunity();
  void requestRebuild();
}

async function rebuild(): Promise<void> {
  const commit = await storeHead();
  // This build covers the store up to here: the push watcher need not ask for it again.
  lastSeenHead = commit;
  const source = join(dataDir(), 'site', 'source');
  await exportSnapshot(commit, source);
  const problems = readCommunity(source).problems.map(formatProblem);
  if (problems.length) {
    // Only a change made outside the server (a git push) can get here: the server's own changes are checked before they are committed.
    if (state.refused?.commit !== commit) audit('system', 'store-push-refused', null, `${commit.slice(0, 10)}: ${problems.slice(0, 5).join('; ')}`.slice(0, 500));
    state.refused = { commit, problems };
    return;
  }
  state.refused = undefined;
  const root = join(process.cwd(), BUILDS_DIR);
  mkdirSync(root, { recursive: true });
  // Several servers may share a checkout (tests do): each data folder prunes only its own builds.
  const mine = `build-${createHash('sha256').update(dataDir()).digest('hex').slice(0, 8)}-`;
  const fresh = join(root, `${mine}${Date.now()}`);
  const run: BuildRun = { serverRun: SERVER_RUN, secretFingerprint: existingSecretFingerprint() ?? null };
  // The same files as a kept build (an undo, or a push that changed no page): that build goes live without building.
  const revived = reviveKept(root, mine, run, source, fresh, commit);
  const result = revived ? { ok: true as const } : await runBuild(fresh, { COMMUNITY_DIR: source, BUILD_COMMIT: commit });
  const waiting = listSubmissions('approved');
  if (!result.ok) {
    state.error = result.error;
    for (const row of waiting) updateSubmission(row.id, { publish_error: result.error });
    audit('system', 'publish-failed', null, result.error.slice(0, 500));
    removeBuild(fresh);
    retry = setTimeout(() => void requestRebuild(), RETRY_MS);
    retry.unref();
    return;
  }
  state.error = undefined;
  if (!revived) markFinished(fresh, run);
  const out = revived ?? fresh;
  switchLiveBuild(out);
  rmSync(liveSourceDir(), { recursive: true, force: true });
  cpSync(source, liveSourceDir(), { recursive: true });
  reloadCommunity();
  const live: typeof waiting = [];
  for (const row of waiting) if (row.store_commit && await includes(commit, row.store_commit)) live.push(row);
  database().transaction(() => {
    for (const row of live) {
      updateSubmission(row.id, { status: 'published', publish_error: null });
      audit('system', 'published', row.id, row.landmark_id);
    }
  })();
  const builds = readdirSync(root).filter((n) => n.startsWith(mine)).sort();
  for (const old of builds.slice(0, Math.max(0, builds.length - 1 - KEEP_BUILDS))) {
    if (join(root, old) !== out) removeBuild(join(root, old));
  }
}

/**
 * A kept build with the snapshot's files, made live for `commit` (see `keptBuildOf`); `undefined` when none is kept or
 * it cannot be revived, and the snapshot is built as usual.
 */
function reviveKept(root: string, prefix: string, run: BuildRun, source: string, fresh: string, commit: string): string | undefined {
  try {
    const kept = keptBuildOf(root, prefix, run, () => ({ contentHash: contentHash(source), codeHash: codeHash(process.cwd()) }));
    if (!kept) return undefined;
    const out = reviveBuild(kept, liveBuildDir(), fresh, commit);
    console.log(`Store commit ${commit.slice(0, 10)} has the files of a kept build: ${out} is live again, without building.`);
    return out;
  } catch (error) {
    console.warn(`A kept build could not be made live again (${(error as Error).message}): building instead.`);
    removeBuild(fresh);
    return undefined;
  }
}

/**
 * `astro build` into `outDir`, through `lockedBuild.mjs`: one build at a time on this checkout, and the build ends with
 * this server however the server ends (stopped: it is killed; killed outright: its stdin pipe closes).
 */
function runBuild(outDir: string, env: Record<string, string>): Promise<{ ok: true } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'src/server/lockedBuild.mjs'), '--with-parent'], { env: { ...process.env, ...env, OUT_DIR: outDir }, stdio: ['pipe', 'pipe', 'pipe'] });
    const stopWithServer = () => child.kill();
    process.once('exit', stopWithServer);
    child.once('exit', () => process.off('exit', stopWithServer));
    let log = '';
    const keep = (b: Buffer) => { log = (log + b.toString()).slice(-4000); };
    child.stdout.on('data', keep);
    // Its warnings (a long wait for the build lock) and errors go to the server's log too.
    child.stderr.on('data', (b: Buffer) => { keep(b); process.stderr.write(b); });
    // The moderator sees the message, not the stack trace.
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, error: log.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-6).join('\n') || `astro build exited ${code}` }));
  });
}
