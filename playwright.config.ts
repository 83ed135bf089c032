import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Ports of what the browser tests use: this community's site, the tiny fixture community's, a local tile server,
 * and this community's site built with those tiles configured as a GCJ-02 provider (scripts/test.mjs builds all three).
 */
// `E2E_PORT_BASE` moves them all, so two checkouts can run browser tests side by side (the tile tests' build
// names port 4397 for its tiles, so run those from the default base).
const BASE = Number(process.env.E2E_PORT_BASE || 4395);
export const PORTS = { site: BASE + 4, tiny: BASE + 3, tiles: BASE + 2, tiled: BASE + 1, moderation: BASE } as const;
/** Password of the moderation test server. */
export const TEST_ADMIN_PASSWORD = 'e2e-moderator-pass';

/**
 * Each server gets its own data folder in a temp dir (real SQLite files, never var/; each makes its own content
 * store there on first start, so no test writes into the repository). The moderation server also gets the
 * check-in secret the builds used, so its rebuilds make the same check-in pages. Made once, in the main
 * process; the workers inherit the paths.
 */
function tempDirs() {
  if (!process.env.E2E_TMP) {
    const root = mkdtempSync(join(tmpdir(), 'cailing-e2e-'));
    mkdirSync(join(root, 'moderation'), { recursive: true });
    if (existsSync('var/checkin-secret.txt')) copyFileSync('var/checkin-secret.txt', join(root, 'moderation/checkin-secret.txt'));
    process.env.E2E_TMP = root;
  }
  return process.env.E2E_TMP;
}
const tmp = tempDirs();

const PHONE = { ...devices['Pixel 7'], browserName: 'chromium' as const };
/** Browser journeys that wait for a rebuild of the moderation server's site before they can look at it (not the map
 * editor's: its file runs in order, each test on the last one's edits). */
const REBUILD_JOURNEYS = /approves a story, and it appears on the map|a published story full of script/;
/** The map editor's browser tests: one file, in order, each on the last one's edits, some rebuilding. */
const MAP_EDITOR = /mapEditor\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // What the servers' rebuilds leave in the checkout goes when the run ends.
  globalSetup: './tests/support/testRunSetup.ts',
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
  // The journeys that wait for the moderation server's rebuilds (a minute or more each) go first, then the map editor's
  // file (its tests run in order, with rebuilds: some 3 min on one worker), so the rest of the suite runs beside them:
  // queued in file order they came last and ran on alone.
  projects: [
    { name: 'rebuilds', grep: REBUILD_JOURNEYS, use: PHONE },
    { name: 'editor', testMatch: MAP_EDITOR, use: PHONE },
    { name: 'phone', grepInvert: REBUILD_JOURNEYS, testIgnore: MAP_EDITOR, use: PHONE },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.site), DATA_DIR: join(tmp, 'site'), SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0' }, url: `http://127.0.0.1:${PORTS.site}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.tiny), OUT_DIR: 'dist-tiny', DATA_DIR: join(tmp, 'tiny'), COMMUNITY_DIR: 'tests/fixtures/tiny', SUBMIT_MIN_FILL_MS: '0' }, url: `http://127.0.0.1:${PORTS.tiny}/`, reuseExistingServer: false, timeout: 60_000 },
    { command: 'node tests/support/tileServer.mjs', env: { PORT: String(PORTS.tiles) }, url: `http://127.0.0.1:${PORTS.tiles}/`, reuseExistingServer: false, timeout: 30_000 },
    { command: 'node scripts/serve.mjs', env: { PORT: String(PORTS.tiled), OUT_DIR: 'dist-tiles', DATA_DIR: join(tmp, 'tiled'), SUBMIT_MIN_FILL_MS: '0' }, url: `http://127.0.0.1:${PORTS.tiled}/`, reuseExistingServer: false, timeout: 60_000 },
    {
      command: 'node scripts/serve.mjs',
      env: { PORT: String(PORTS.moderation), DATA_DIR: join(tmp, 'moderation'), ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0' },
      url: `http://127.0.0.1:${PORTS.moderation}/`, reuseExistingServer: false, timeout: 60_000,
    },
  ],
});
