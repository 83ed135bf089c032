import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuildFiles, type BuildRun, keptBuildOf, markFinished, removeBuild, reviveBuild } from './keptBuild';
import { BUILD_INFO, buildInfoOf, type BuildInfo } from './liveBuild';

const run: BuildRun = { serverRun: 'run-1', secretFingerprint: 'secret-1' };
const files: BuildFiles = { contentHash: 'files-a', codeHash: 'code-1' };
const made: string[] = [];
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

/** A builds folder with one build per entry: its name and what it was made from (`client: false`: half written). */
function builds(entries: [string, Partial<BuildInfo> & { client?: false }][]): string {
  const root = mkdtempSync(join(tmpdir(), 'kept-builds-'));
  made.push(root);
  for (const [name, { client, ...info }] of entries) {
    mkdirSync(join(root, name, 'server'), { recursive: true });
    if (client !== false) mkdirSync(join(root, name, 'client'));
    writeFileSync(join(root, name, 'server', BUILD_INFO), JSON.stringify({ commit: 'c0', builtAt: `at-${name}`, ...run, ...files, ...info }));
  }
  return root;
}

describe('keptBuildOf (an undo makes a kept build live again instead of building)', () => {
  it('finds the newest build finished for this server run, with the same secret, files and code', () => {
    const root = builds([['mine-100', {}], ['mine-200', {}], ['mine-300', { contentHash: 'files-b' }], ['other-400', {}]]);
    expect(keptBuildOf(root, 'mine-', run, () => files)).toBe(join(root, 'mine-200'));
  });

  it('finds none when the files, the code, the secret or the server run differ, or the build did not finish', () => {
    const root = builds([
      ['mine-1', { contentHash: 'files-b' }], ['mine-2', { codeHash: 'code-2' }], ['mine-3', { secretFingerprint: null }],
      ['mine-4', { serverRun: 'run-0' }], ['mine-5', { serverRun: undefined }], ['mine-6', { client: false }], ['other-7', {}],
    ]);
    expect(keptBuildOf(root, 'mine-', run, () => files)).toBeUndefined();
    expect(keptBuildOf(join(root, 'nothing-here'), 'mine-', run, () => files)).toBeUndefined();
  });

  it('reads no file when no build of this run is kept (a server\'s first publish)', () => {
    const root = builds([['mine-1', { serverRun: 'run-0' }]]);
    expect(keptBuildOf(root, 'mine-', run, () => { throw new Error('hashed the files'); })).toBeUndefined();
  });

  it('counts a build only once the publisher marks it finished, and never one whose removal was cut short', () => {
    const root = builds([['mine-1', { serverRun: undefined }], ['mine-2', {}]]);
    removeBuild(join(root, 'mine-2'));
    expect(existsSync(join(root, 'mine-2'))).toBe(false);
    expect(keptBuildOf(root, 'mine-', run, () => files)).toBeUndefined();
    markFinished(join(root, 'mine-1'), run);
    expect(keptBuildOf(root, 'mine-', run, () => files)).toBe(join(root, 'mine-1'));
  });
});

describe('reviveBuild', () => {
  it('moves a kept build to the newest name and has it name the commit it now stands for', () => {
    const root = builds([['mine-100', {}]]);
    const at = reviveBuild(join(root, 'mine-100'), join(root, 'mine-999'), join(root, 'mine-500'), 'c9');
    expect(at).toBe(join(root, 'mine-500'));
    expect(existsSync(join(root, 'mine-100'))).toBe(false);
    expect(buildInfoOf(at)).toEqual({ ...run, ...files, commit: 'c9', builtAt: 'at-mine-100' });
  });

  it('leaves the live build where the server serves it from', () => {
    const root = builds([['mine-100', {}]]);
    expect(reviveBuild(join(root, 'mine-100'), join(root, 'mine-100'), join(root, 'mine-500'), 'c9')).toBe(join(root, 'mine-100'));
    expect(buildInfoOf(join(root, 'mine-100'))?.commit).toBe('c9');
  });
});
