import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptBuildOf, reviveBuild, type SameBuild } from './keptBuild';
import { BUILD_INFO, buildInfoOf, type BuildInfo } from './liveBuild';

const same: SameBuild = { contentHash: 'files-a', codeHash: 'code-1', secretFingerprint: 'secret-1', serverRun: 'run-1' };

/** A builds folder with one build per entry: its name and what it was made from (`client: false`: half written). */
function builds(entries: [string, Partial<BuildInfo> & { client?: false }][]): string {
  const root = mkdtempSync(join(tmpdir(), 'kept-builds-'));
  for (const [name, { client, ...info }] of entries) {
    mkdirSync(join(root, name, 'server'), { recursive: true });
    if (client !== false) mkdirSync(join(root, name, 'client'));
    writeFileSync(join(root, name, 'server', BUILD_INFO), JSON.stringify({ commit: 'c0', builtAt: `at-${name}`, ...same, ...info }));
  }
  return root;
}

describe('keptBuildOf (an undo makes a kept build live again instead of building)', () => {
  it('finds the newest of this server\'s builds made from the same files, code, check-in secret and run', () => {
    const root = builds([['mine-100', {}], ['mine-200', {}], ['mine-300', { contentHash: 'files-b' }], ['other-400', {}]]);
    expect(keptBuildOf(root, 'mine-', same)).toBe(join(root, 'mine-200'));
  });

  it('finds none when the files, the code, the secret or the server run differ, or the build is half written', () => {
    const root = builds([
      ['mine-1', { contentHash: 'files-b' }], ['mine-2', { codeHash: 'code-2' }], ['mine-3', { secretFingerprint: null }],
      ['mine-4', { serverRun: 'run-0' }], ['mine-5', { serverRun: undefined }], ['mine-6', { client: false }], ['other-7', {}],
    ]);
    expect(keptBuildOf(root, 'mine-', same)).toBeUndefined();
    expect(keptBuildOf(join(root, 'nothing-here'), 'mine-', same)).toBeUndefined();
  });
});

describe('reviveBuild', () => {
  it('moves a kept build to the newest name and has it name the commit it now stands for', () => {
    const root = builds([['mine-100', {}]]);
    const at = reviveBuild(join(root, 'mine-100'), join(root, 'mine-999'), join(root, 'mine-500'), 'c9');
    expect(at).toBe(join(root, 'mine-500'));
    expect(existsSync(join(root, 'mine-100'))).toBe(false);
    expect(buildInfoOf(at)).toEqual({ ...same, commit: 'c9', builtAt: 'at-mine-100' });
  });

  it('leaves the live build where the server serves it from', () => {
    const root = builds([['mine-100', {}]]);
    expect(reviveBuild(join(root, 'mine-100'), join(root, 'mine-100'), join(root, 'mine-500'), 'c9')).toBe(join(root, 'mine-100'));
    expect(buildInfoOf(join(root, 'mine-100'))?.commit).toBe('c9');
  });
});
