import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { communityDir } from '../../community/communityDir';
import { CONTENT_FOLDERS } from '../../community/contentHash';
import { dataDir } from '../../storage/dataDir';
import { writeFileDurably } from '../../storage/writeFileDurably';

/** Who a commit is by: a moderator's name, or the server itself. */
export type Author = { name: string };
/** What a commit of the store did, from its `Action` trailer: the history page names it in the moderator's language. */
export const STORE_ACTIONS = ['start', 'publish', 'unpublish', 'story-checked', 'story-replaced', 'map-edit', 'undo'] as const;
export type StoreAction = (typeof STORE_ACTIONS)[number];

/** One change in the store's history, newest first; `bySite` when the server itself made it (the store's start). */
export type StoreCommit = { sha: string; author: string; bySite: boolean; at: string; subject: string; action?: StoreAction; trailers: Record<string, string> };

/** The author of the server's own commits (the store's first one). */
const SYSTEM: Author = { name: '采菱地图 server' };
const BRANCH = 'main';

/**
 * The folder of the community store: a git repository in the data folder holding the live community's
 * `data/` and `content/`. Publishing, unpublishing, map edits and undo are commits here; redeploying the
 * code never touches it. `STORE_DIR` overrides the place.
 */
export function storeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.STORE_DIR || join(dataDir(env), 'community');
}

function git(dir = storeDir()): SimpleGit {
  // Fixed settings, whatever the machine's git configuration says.
  return simpleGit({ baseDir: dir, config: ['core.quotePath=false', 'commit.gpgSign=false', 'core.autocrlf=false'] });
}

/** The author as git wants it; the address is a placeholder (moderators are people of this site, not of git). */
const authorOf = (a: Author) => `${a.name.replace(/[<>\n]/g, '')} <moderator@store.invalid>`;

/**
 * Makes the store on first run: copies `data/` and `content/` from the shipped community (`COMMUNITY_DIR`,
 * else the checkout) into a new git repository and commits them. Later runs only re-apply the settings that
 * let a maintainer push into it (`receive.denyCurrentBranch=updateInstead`: a push updates the files too).
 * Returns the store's folder.
 */
export async function ensureStore(seed = communityDir()): Promise<string> {
  const dir = storeDir();
  if (!existsSync(join(dir, '.git'))) {
    const temp = `${dir}.new-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    for (const folder of CONTENT_FOLDERS) {
      if (existsSync(join(seed, folder))) cpSync(join(seed, folder), join(temp, folder), { recursive: true });
    }
    writeFileDurably(join(temp, 'README.md'), STORE_README);
    const g = git(temp);
    await g.init(['--initial-branch', BRANCH]);
    await configure(g);
    await g.add(['-A']);
    await g.commit(messageOf('Start the community store', { Action: 'start' }), undefined, { '--author': authorOf(SYSTEM) });
    // Only a complete store takes the real name: a crash above leaves no half-made store behind.
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
  } else {
    await configure(git(dir));
  }
  return dir;
}

async function configure(g: SimpleGit) {
  await g.addConfig('user.name', SYSTEM.name);
  await g.addConfig('user.email', 'server@store.invalid');
  await g.addConfig('receive.denyCurrentBranch', 'updateInstead');
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Runs `work` with the store to itself: store changes in this process happen one at a time, in order,
 * so two moderators approving at once make two commits, never a mixed one.
 */
export function withStore<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The commit the store is at. */
export async function storeHead(): Promise<string> {
  return (await git().revparse(['HEAD'])).trim();
}

/**
 * The text of one file of the store at `commit`, or `undefined` when that commit has no such file or is not
 * a commit of the store (the map editor's stale-edit check reads what the editor was looking at).
 */
export async function fileAtCommit(commit: string, path: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{7,40}$/.test(commit) || path.includes('..') || path.includes(':')) return undefined;
  try {
    return await git().raw(['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Whether `commit` names a commit of the store. */
export async function isStoreCommit(commit: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,40}$/.test(commit)) return false;
  try {
    await git().raw(['cat-file', '-e', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Files the store's folder holds that no commit has (someone edited on the server without committing). */
export async function uncommittedFiles(): Promise<string[]> {
  const status = await git().status();
  return status.files.map((f) => f.path);
}

/** One file change of a commit: text or bytes to write, or `null` to remove the file. Paths are relative to the store. */
export type FileChange = { path: string; data: string | Uint8Array | null };

/**
 * Writes `changes` durably and commits them as one change by `author`, with `trailers` (e.g.
 * `{ Submission: '12', Action: 'publish' }`) at the end of the message for the history page and undo, and an
 * optional `body` between (a map edit's full list of changes).
 * Call inside `withStore`. Refuses while the store has uncommitted files, so nothing unseen goes in.
 * Returns the new commit.
 */
export async function commitFiles(author: Author, subject: string, changes: FileChange[], trailers: Record<string, string> = {}, body = ''): Promise<string> {
  const dirty = await uncommittedFiles();
  if (dirty.length) throw new StoreError('dirty', dirty.slice(0, 5).join(', '));
  const dir = storeDir();
  for (const c of changes) if (c.path.includes('..') || c.path.startsWith('/')) throw new Error(`not a store path: ${c.path}`);
  const g = git();
  try {
    for (const c of changes) {
      if (c.data === null) rmSync(join(dir, c.path), { force: true });
      else writeFileDurably(join(dir, c.path), c.data);
    }
    await g.add(['-A']);
    if (!(await g.status()).staged.length && !(await g.status()).files.length) return storeHead();
    await g.commit(messageOf(subject, trailers, body), undefined, { '--author': authorOf(author) });
  } catch (error) {
    // The store was clean before (checked above): put it back as it was, so one failed change (a full disk, a
    // refusing hook) leaves nothing half-written and does not block every change after it.
    await g.raw(['reset', '-q', '--hard', 'HEAD']).catch(() => {});
    await g.raw(['clean', '-fdq', '--', ...changes.map((c) => c.path)]).catch(() => {});
    throw new StoreError('failed', String((error as Error)?.message ?? error).split('\n').find((l) => l.trim())?.slice(0, 200) ?? '');
  }
  return storeHead();
}

function messageOf(subject: string, trailers: Record<string, string>, body = ''): string {
  const clean = subject.replace(/\s+/g, ' ').trim().slice(0, 120);
  const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${String(v).replace(/\s+/g, ' ')}`);
  // The body must not end in `Key: value` lines, or git would read it as trailers.
  const text = body.replace(/\r/g, '').trim();
  return [clean, text, lines.join('\n')].filter(Boolean).join('\n\n');
}

/** The latest changes, newest first. */
export async function storeHistory(limit = 50): Promise<StoreCommit[]> {
  const SEP = '\x1f';
  const END = '\x1e';
  const out = await git().raw(['log', `-n${limit}`, `--format=%H${SEP}%an${SEP}%aI${SEP}%s${SEP}%(trailers:only,unfold)${END}`]);
  return out.split(END).map((r) => r.trim()).filter(Boolean).map((record) => {
    const [sha = '', author = '', at = '', subject = '', trailerText = ''] = record.split(SEP);
    const trailers: Record<string, string> = {};
    for (const line of trailerText.split('\n')) {
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line.trim());
      if (m) trailers[m[1]!] = m[2]!;
    }
    // A store started before its first commit carried an action says so in its subject instead.
    const action = trailers.Action ?? (author === SYSTEM.name && subject.startsWith('Start the community store') ? 'start' : '');
    return { sha, author, bySite: author === SYSTEM.name, at, subject, action: STORE_ACTIONS.find((a) => a === action), trailers };
  });
}

/** Whether commit `a` is `b` or one of its ancestors (so a build of `b` includes `a`). */
export async function includes(b: string, a: string): Promise<boolean> {
  try {
    const g = git();
    const [base, full] = await Promise.all([g.raw(['merge-base', a, b]), g.revparse([`${a}^{commit}`])]);
    return base.trim() === full.trim();
  } catch {
    return false;
  }
}

/**
 * Undoes one commit with a new commit by `author` (git revert), so history keeps both. Call inside
 * `withStore`. A change that later changes depend on cannot be undone alone: the store is left as it was
 * and a `StoreError('conflict')` says so.
 */
export async function revertCommit(author: Author, sha: string, subject: string, trailers: Record<string, string>): Promise<string> {
  if (!/^[0-9a-f]{7,40}$/.test(sha)) throw new StoreError('unknown', sha);
  const g = git();
  try {
    await g.raw(['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    throw new StoreError('unknown', sha);
  }
  try {
    await g.raw(['revert', '--no-commit', sha]);
  } catch {
    await g.raw(['revert', '--abort']).catch(() => g.raw(['reset', '--hard', 'HEAD']));
    throw new StoreError('conflict', sha);
  }
  await g.commit(messageOf(subject, trailers), undefined, { '--author': authorOf(author) });
  return storeHead();
}

/**
 * Copies the store's files at `commit` into `target` (emptied first) for a build: the build reads a
 * snapshot, so changes committed while it runs never mix into it.
 */
export async function exportSnapshot(commit: string, target: string): Promise<void> {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // git archive | tar -x: the store's own index and files stay untouched.
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['-C', storeDir(), 'archive', '--format=tar', commit], { stdio: ['ignore', 'pipe', 'pipe'] });
    const untar = spawn('tar', ['-x', '-C', target], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (b) => { errors += b; });
    untar.stderr.on('data', (b) => { errors += b; });
    archive.stdout.pipe(untar.stdin);
    let left = 2;
    const done = (code: number | null) => {
      if (code !== 0) reject(new Error(`snapshot of ${commit} failed: ${errors.trim() || code}`));
      else if (--left === 0) resolve();
    };
    archive.on('close', done);
    untar.on('close', done);
  });
}

/** Why a store change was refused, as a code the pages translate. */
export class StoreError extends Error {
  constructor(readonly code: 'dirty' | 'conflict' | 'unknown' | 'failed', readonly detail: string) {
    super(`${code}: ${detail}`);
  }
}

const STORE_README = `# Community store

This repository is the live content of the community map: \`data/\` (GeoJSON, community.json) and
\`content/\` (stories and pictures). The map server commits here when a moderator publishes, unpublishes,
edits the map or undoes a change; each commit names the person.

To change it by hand: \`git clone\` it, edit (QGIS, a text editor), \`npm run check:data <folder>\` in the
code checkout, commit and \`git push\`. The server checks every pushed change with the same rules before it
builds it; a change that breaks a rule is not published and is shown to the moderators.
`;

/** The community the live site shows: the store once it exists, else the shipped folder (before the first run). */
export function liveCommunityDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = storeDir(env);
  return existsSync(join(dir, '.git')) ? dir : communityDir(env);
}
