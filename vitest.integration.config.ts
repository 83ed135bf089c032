/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

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
  },
});
