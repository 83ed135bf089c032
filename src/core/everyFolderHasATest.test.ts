import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('.', import.meta.url));
const folders = readdirSync(CORE).filter((name) => name !== '__fixtures__' && statSync(join(CORE, name)).isDirectory());
const testsIn = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const abs = join(dir, name);
  if (statSync(abs).isDirectory()) return name === '__fixtures__' ? [] : testsIn(abs);
  return /\.test\.ts$/.test(name) ? [name] : [];
});

describe('src/core', () => {
  it('has its folders (the walk itself works)', () => {
    expect(folders).toEqual(expect.arrayContaining(['checks', 'geo', 'map', 'trail']));
  });
  it('has at least one *.test.ts in every folder: a new area of pure code comes with the tests that say what it does', () => {
    expect(folders.filter((f) => testsIn(join(CORE, f)).length === 0), 'folders of src/core/ without a test file').toEqual([]);
  });
});
