/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests only: Playwright specs live in tests/e2e and are never collected here.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // What the run's servers and builds leave in the checkout goes when it ends.
    globalSetup: ['tests/support/testRunSetup.ts'],
    // Every core: Vitest's default leaves one idle, which on a 2-core CI machine means one test file at a time.
    maxWorkers: '100%',
  },
});
