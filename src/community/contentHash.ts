import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of a community whose files make a site: everything a build reads. */
export const CONTENT_FOLDERS = ['data', 'content'] as const;

/**
 * A fingerprint of a community folder's `data/` and `content/` (every file's path and bytes; hidden files
 * ignored). Two folders with the same files have the same hash, wherever they are: the server compares the
 * live build's hash with the content store's to know whether the site shows what the store holds.
 */
export function contentHash(dir: string): string {
  return filesHash(dir, CONTENT_FOLDERS);
}

/** What a build's code is: the site's source, its static files, its settings and its locked dependencies. */
export const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'] as const;

/** A fingerprint of the code in a checkout (`CODE_PATHS`): a build records it, so a deploy can be told apart. */
export function codeHash(checkout: string): string {
  return filesHash(checkout, CODE_PATHS);
}

/**
 * A fingerprint of the files and folders `paths` (relative to `dir`): every file's path and bytes, hidden files
 * ignored, a missing path skipped.
 */
export function filesHash(dir: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const abs = join(dir, path);
    if (!existsSync(abs)) return;
    if (!statSync(abs).isDirectory()) {
      hash.update(`${path}\0`).update(createHash('sha256').update(readFileSync(abs)).digest()).update('\0');
      return;
    }
    for (const name of readdirSync(abs).sort()) if (!name.startsWith('.')) add(`${path}/${name}`);
  };
  for (const path of paths) add(path);
  return hash.digest('hex');
}
