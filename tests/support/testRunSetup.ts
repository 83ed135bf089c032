import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { communityCacheDir } from '../../src/build/communityCacheDir';
import { BUILDS_DIR } from '../../src/server/buildLock.mjs';

/**
 * What test servers and test builds leave in the checkout: the servers' rebuilt sites (`.site-builds/build-*`), and
 * Astro's cache for each community folder in a temp dir (`communityCacheDir`).
 */
function leftovers(): string[] {
  const builds = existsSync(BUILDS_DIR) ? readdirSync(BUILDS_DIR).filter((n) => n.startsWith('build-')).map((n) => join(BUILDS_DIR, n)) : [];
  const inTemp = basename(communityCacheDir(tmpdir())!);
  const caches = readdirSync('node_modules').filter((n) => n.startsWith(inTemp)).map((n) => join('node_modules', n));
  return [...builds, ...caches];
}

/**
 * Global setup of the Vitest runs and the browser tests: gives the teardown that removes what the run's servers and
 * builds made in the checkout. Their data folders are temporary, so nothing would ever use those builds again (a day
 * of runs left 1.3 GB in `.site-builds/`). What was there before the run stays; a server of your own started on this
 * checkout during a run would lose its new builds (it then serves its first build).
 */
export default function setup(): () => void {
  const before = new Set(leftovers());
  return () => {
    for (const path of leftovers()) if (!before.has(path)) rmSync(path, { recursive: true, force: true });
  };
}
