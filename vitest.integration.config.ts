/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files whose servers rebuild the site, longest first. Their rebuilds take turns on the build lock, which is busy
 * from the first second to the last, so they start first and the other files run beside them. Vitest orders files by
 * their last durations, but a fresh clone has none and it orders them by size: publishing started seventh, ran on
 * alone at the end, and the phase took 320 s instead of 280.
 */
const REBUILDING = ['publishing', 'mapEdits', 'backup', 'thirdLanguage', 'photos', 'crash'];
const rank = (file: TestSpecification) => {
  const i = REBUILDING.findIndex((name) => file.moduleId.endsWith(`/${name}.test.ts`));
  return i < 0 ? REBUILDING.length : i;
};
class RebuildsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Integration tests: the real built server (dist/) on 127.0.0.1 with real SQLite files in temp dirs.
// scripts/test.mjs runs them after the build; they never collect Playwright specs.
// Two files at a time: each starts its own servers on free ports with their own data folders, and the servers'
// rebuilds take turns on the checkout's build lock, so while one file waits for a rebuild the other core runs a
// file that needs none.
export default getViteConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    // What the run's servers and builds leave in the checkout goes when it ends.
    globalSetup: ['tests/support/testRunSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    sequence: { sequencer: RebuildsFirst },
  },
});
