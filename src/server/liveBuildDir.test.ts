import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLiveBuild, sitePointerFile } from './liveBuildDir.mjs';

let root: string;
let data: string;
let first: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'live-build-'));
  data = join(root, 'var');
  first = join(root, 'dist');
  mkdirSync(join(data, 'site'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));
const build = (name: string) => { const dir = join(root, name); mkdirSync(join(dir, 'client'), { recursive: true }); return dir; };

describe('readLiveBuild (shared by scripts/serve.mjs and src/server/liveBuild.ts)', () => {
  it('serves the first build while no build has been published', () => {
    expect(readLiveBuild(data, first)).toEqual({ dir: first, pointerMtimeMs: 0 });
  });
  it('serves the build the pointer names (its line break trimmed) and says when the pointer changed', () => {
    const b = build('b1');
    writeFileSync(sitePointerFile(data), `${b}\n`);
    const live = readLiveBuild(data, first);
    expect(live.dir).toBe(b);
    expect(live.pointerMtimeMs).toBeGreaterThan(0);
  });
  it('falls back to the first build when the named build has no client/ folder, or the pointer is empty', () => {
    writeFileSync(sitePointerFile(data), join(root, 'deleted-build'));
    expect(readLiveBuild(data, first).dir).toBe(first);
    writeFileSync(sitePointerFile(data), '\n');
    expect(readLiveBuild(data, first).dir).toBe(first);
  });
});
