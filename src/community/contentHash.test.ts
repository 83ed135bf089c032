import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHash } from './contentHash';

const tree = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'files-hash-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};

describe('filesHash (what a build was made from)', () => {
  const code = { 'src/a.ts': 'a', 'src/lib/b.ts': 'b', 'package-lock.json': '{}' };
  const paths = ['src', 'public', 'package-lock.json'];
  it('is the same for the same files wherever they are, hidden files and missing paths aside', () => {
    expect(filesHash(tree(code), paths)).toBe(filesHash(tree({ ...code, 'src/.DS_Store': 'x' }), paths));
  });
  it('changes with a file\'s bytes, its name, or a single file named on its own', () => {
    const base = filesHash(tree(code), paths);
    expect(filesHash(tree({ ...code, 'src/a.ts': 'A' }), paths)).not.toBe(base);
    expect(filesHash(tree({ 'src/c.ts': 'a', 'src/lib/b.ts': 'b', 'package-lock.json': '{}' }), paths)).not.toBe(base);
    expect(filesHash(tree({ ...code, 'package-lock.json': '{"v":2}' }), paths)).not.toBe(base);
  });
});
