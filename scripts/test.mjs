#!/usr/bin/env node
/**
 * `npm test`: every test. Unit tests (Vitest); the builds the other tests need (this community into dist/,
 * the tiny fixture community into dist-tiny/, this community with test tiles into dist-tiles/); the server's
 * integration tests (the real server on 127.0.0.1, real SQLite files in temp dirs); then the browser tests
 * (Playwright + Chromium) against those builds served as `npm start` serves them.
 * Extra arguments go to Playwright, e.g. `npm test -- tests/e2e/landmark.spec.ts`.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

const chrome = findChromium();
if (!chrome) process.exit(1);
const env = { ...process.env, CHROME_PATH: chrome };
const run = (label, cmd, args, extraEnv = {}) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
};
const bin = (name) => `node_modules/.bin/${name}`;
// Every build through the checkout's build lock, as the server's rebuilds (a server on this checkout may be building).
const build = ['src/server/lockedBuild.mjs'];

run('lint (Biome, zero findings)', bin('biome'), ['lint']);
run('unit tests', bin('vitest'), ['run']);
run('build the site', process.execPath, build);
run('build the tiny fixture community', process.execPath, build, { COMMUNITY_DIR: 'tests/fixtures/tiny', OUT_DIR: 'dist-tiny' });
// The same site with basemap tiles from the test tile server, configured as a GCJ-02 (Amap-style) provider.
run('build the site with test tiles (GCJ-02)', process.execPath, build, {
  OUT_DIR: 'dist-tiles', MAP_TILES: 'custom', MAP_TILE_DATUM: 'gcj02',
  MAP_TILE_URL: 'http://127.0.0.1:4397/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'Test tiles © Cailing Map tests',
});
run('server integration tests', bin('vitest'), ['run', '--config', 'vitest.integration.config.ts']);
run('browser tests', bin('playwright'), ['test', ...process.argv.slice(2)]);
console.log('\n✓ all tests passed');
