import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS_DIR } from '../../src/server/buildLock.mjs';

/**
 * What test servers and test builds leave in the checkout: the servers' rebuilt sites (`.site-builds/build-*`), and
 * Astro's content cache for each community folder in a temp dir (`node_modules/.astro-<folder>`, astro.config.mjs).
 */
function leftovers(): string[] {
  const builds = existsSync(BUILDS_DIR) ? readdirSync(BUILDS_DIR).filter((n) => n.startsWith('build-')).map((n) => join(BUILDS_DIR, n)) : [];
  const inTemp = `.astro-${tmpdir().replace(/[^a-z0-9]+/gi, '-')}`;
  const caches = readdirSync('node_modules').filter((n) => n.startsWith(inTemp)).map((n) => join('node_modules', n));
  return [...builds, ...caches];
}

/**
 * Global setup of the test runs: gives the teardown that removes what the run's servers and builds made in the
 * checkout. Their data folders are temporary, so nothing would ever use those builds again (a day of runs left
 * 1.3 GB in `.site-builds/`). What was there before the run stays; a server of your own started on this checkout
 * during a run would lose its new builds (it then serves its first build).
 */
export function removeWhatTheRunBuilds(): () => void {
  const before = new Set(leftovers());
  return () => {
    for (const path of leftovers()) if (!before.has(path)) rmSync(path, { recursive: true, force: true });
  };
}
