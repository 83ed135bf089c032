import { defineConfig, devices } from '@playwright/test';

/** Ports of the built sites under test: the community, and the tiny fixture community (scripts/test.mjs builds both). */
export const PORTS = { site: 4399, tiny: 4398 } as const;

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
      executablePath: process.env.CHROME_PATH || undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: [
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.site) }, url: `http://127.0.0.1:${PORTS.site}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.tiny), OUT_DIR: 'dist-tiny' }, url: `http://127.0.0.1:${PORTS.tiny}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
