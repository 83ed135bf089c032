/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests only: Playwright specs live in tests/e2e and are never collected here.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
