import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a build computed before, kept by what it was computed from: a rebuild after one approved story
 * re-renders and re-compresses only what changed. One folder per kind under `node_modules/.cache/cailing`
 * (shared by every build of this checkout; `npm ci` starts it afresh). A missing or unreadable entry is
 * simply computed again; a read-only checkout builds without the cache.
 */
const ROOT = join(process.cwd(), 'node_modules', '.cache', 'cailing');
/** Entries no build has used for this long are deleted at the end of a build. */
const KEEP_MS = 14 * 24 * 3600 * 1000;

/** A cache key: the hash of everything the entry was computed from. */
export const cacheKey = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The entry, if a build stored it; a hit marks it used (for pruning). */
export function cacheRead(kind: string, key: string): Buffer | undefined {
  const file = join(ROOT, kind, key);
  try {
    const data = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return data;
  } catch {
    return undefined;
  }
}

/** Stores an entry: written beside and renamed, so two builds at once never read half of one. */
export function cacheWrite(kind: string, key: string, data: Uint8Array): void {
  try {
    mkdirSync(join(ROOT, kind), { recursive: true });
    const file = join(ROOT, kind, key);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch { /* no cache: the build still works */ }
}

/** Deletes entries of every kind that no build has used for two weeks. */
export function pruneCache(now = Date.now()): void {
  let kinds: string[];
  try { kinds = readdirSync(ROOT); } catch { return; }
  for (const kind of kinds) {
    for (const name of readdirSync(join(ROOT, kind))) {
      const file = join(ROOT, kind, name);
      try {
        if (now - statSync(file).mtimeMs > KEEP_MS) rmSync(file, { force: true });
      } catch { /* another build pruned it */ }
    }
  }
}
