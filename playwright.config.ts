import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Ports of what the browser tests use: this community's site, the tiny fixture community's, a local tile server,
 * and this community's site built with those tiles configured as a GCJ-02 provider (scripts/test.mjs builds all three).
 */
export const PORTS = { site: 4399, tiny: 4398, tiles: 4397, tiled: 4396 } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORTS.site}`,
    locale: 'zh-CN',
    launchOptions: {
      // scripts/test.mjs finds a Chromium and sets CHROME_PATH; Playwright never downloads one here.
      executablePath: process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: [
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.site) }, url: `http://127.0.0.1:${PORTS.site}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.tiny), OUT_DIR: 'dist-tiny' }, url: `http://127.0.0.1:${PORTS.tiny}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: 'node tests/support/tileServer.mjs', env: { PORT: String(PORTS.tiles) }, url: `http://127.0.0.1:${PORTS.tiles}/`, reuseExistingServer: false, timeout: 30_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.tiled), OUT_DIR: 'dist-tiles' }, url: `http://127.0.0.1:${PORTS.tiled}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
