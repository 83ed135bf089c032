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
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    const abs = join(dir, rel);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const path = `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(createHash('sha256').update(readFileSync(join(dir, path))).digest()).update('\0');
    }
  };
  for (const folder of CONTENT_FOLDERS) walk(folder);
  return hash.digest('hex');
}
