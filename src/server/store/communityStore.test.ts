import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, ensureStore, exportSnapshot, includes, revertCommit, StoreError, storeDir, storeHead, storeHistory, withStore } from './communityStore';

/** A tiny shipped community and an empty data folder for each test. */
function freshFolders() {
  const seed = mkdtempSync(join(tmpdir(), 'store-seed-'));
  mkdirSync(join(seed, 'data'));
  mkdirSync(join(seed, 'content/stories/en'), { recursive: true });
  writeFileSync(join(seed, 'data/landmarks.geojson'), '{"type":"FeatureCollection","features":[]}\n');
  writeFileSync(join(seed, 'content/stories/en/a.md'), '---\ntitle: "A"\n---\nA story.\n');
  writeFileSync(join(seed, 'README.md'), 'not part of the community');
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'store-data-'));
  return seed;
}

describe('the community store', () => {
  let seed: string;
  beforeEach(() => { seed = freshFolders(); });

  it('is made once from the shipped data and content, as a git repository that accepts pushes', async () => {
    const dir = await ensureStore(seed);
    expect(dir).toBe(storeDir());
    expect(readFileSync(join(dir, 'content/stories/en/a.md'), 'utf8')).toContain('A story.');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('Community store');
    const history = await storeHistory();
    expect(history).toHaveLength(1);
    expect(await simpleGit(dir).getConfig('receive.denyCurrentBranch')).toMatchObject({ value: 'updateInstead' });
    // A second start changes nothing, even if the shipped folder has changed since.
    writeFileSync(join(seed, 'content/stories/en/a.md'), 'changed in the checkout');
    await ensureStore(seed);
    expect(readFileSync(join(dir, 'content/stories/en/a.md'), 'utf8')).toContain('A story.');
    expect(await storeHistory()).toHaveLength(1);
  });

  it('commits each change by its author with trailers, and undoes one with a new commit', async () => {
    await ensureStore(seed);
    const first = await withStore(() => commitFiles({ name: '小王' }, 'Publish b: Benches', [{ path: 'content/stories/en/b.md', data: 'B' }], { Submission: '7', Action: 'publish' }));
    const [latest] = await storeHistory();
    expect(latest).toMatchObject({ sha: first, author: '小王', subject: 'Publish b: Benches', trailers: { Submission: '7', Action: 'publish' } });
    const undone = await withStore(() => revertCommit({ name: 'Admin' }, first, 'Undo: Publish b: Benches', { Action: 'undo', Undoes: first }));
    expect(existsSync(join(storeDir(), 'content/stories/en/b.md'))).toBe(false);
    expect((await storeHistory())[0]).toMatchObject({ sha: undone, author: 'Admin', trailers: { Undoes: first } });
    expect(await includes(undone, first)).toBe(true);
    expect(await includes(first, undone)).toBe(false);
  });

  it('refuses to undo a change later changes depend on, and leaves the store as it was', async () => {
    await ensureStore(seed);
    const a = await withStore(() => commitFiles({ name: 'x' }, 'one', [{ path: 'content/stories/en/a.md', data: 'one' }]));
    await withStore(() => commitFiles({ name: 'x' }, 'two', [{ path: 'content/stories/en/a.md', data: 'two' }]));
    const head = await storeHead();
    await expect(withStore(() => revertCommit({ name: 'x' }, a, 'Undo one', {}))).rejects.toMatchObject({ code: 'conflict' });
    expect(await storeHead()).toBe(head);
    expect(readFileSync(join(storeDir(), 'content/stories/en/a.md'), 'utf8')).toBe('two');
    expect((await simpleGit(storeDir()).status()).isClean()).toBe(true);
  });

  it('refuses to commit over files someone changed on the server without committing', async () => {
    await ensureStore(seed);
    writeFileSync(join(storeDir(), 'data/landmarks.geojson'), 'edited by hand');
    await expect(withStore(() => commitFiles({ name: 'x' }, 'change', [{ path: 'content/stories/en/c.md', data: 'c' }]))).rejects.toBeInstanceOf(StoreError);
    expect(existsSync(join(storeDir(), 'content/stories/en/c.md'))).toBe(false);
  });

  it('runs changes one at a time, in order, even when started together', async () => {
    await ensureStore(seed);
    await Promise.all(Array.from({ length: 5 }, (_, i) => withStore(() => commitFiles({ name: `m${i}` }, `change ${i}`, [{ path: `content/stories/en/s${i}.md`, data: String(i) }]))));
    expect((await storeHistory()).map((c) => c.subject).slice(0, 5)).toEqual(['change 4', 'change 3', 'change 2', 'change 1', 'change 0']);
  });

  it('says what each change did and whether the site itself made it: the start by the site, a publish by its moderator', async () => {
    await ensureStore(seed);
    await withStore(() => commitFiles({ name: 'Li' }, 'Publish x: a story', [{ path: 'content/stories/en/x.md', data: 'x' }], { Action: 'publish' }));
    const history = await storeHistory();
    expect(history[0]).toMatchObject({ author: 'Li', bySite: false, action: 'publish' });
    expect(history.at(-1)).toMatchObject({ bySite: true, action: 'start' });
    expect(history.at(-1)!.subject).not.toContain(seed);
  });

  it('copies out a commit for a build, untouched by later changes', async () => {
    await ensureStore(seed);
    const commit = await storeHead();
    await withStore(() => commitFiles({ name: 'x' }, 'later', [{ path: 'content/stories/en/a.md', data: 'later' }]));
    const target = join(mkdtempSync(join(tmpdir(), 'store-snap-')), 'source');
    await exportSnapshot(commit, target);
    expect(readFileSync(join(target, 'content/stories/en/a.md'), 'utf8')).toContain('A story.');
    expect(existsSync(join(target, '.git'))).toBe(false);
  });
});
