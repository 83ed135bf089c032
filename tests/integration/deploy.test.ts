import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';

/**
 * Just after a deploy: the server runs the new build (dist/), but the live site is still one the old code made
 * (a publisher build, same content). Server-side pages are the new code's: they must carry its policy and find
 * its hashed files, which the old build has not.
 */
const OLD_POLICY = "default-src 'self'; script-src 'self' 'sha256-OLD'";
let server: RunningServer;
let old: string;
const newPolicy = readFileSync('dist/server/content-security-policy.txt', 'utf8').trim();

beforeAll(async () => {
  old = join(mkdtempSync(join(tmpdir(), 'old-build-')), 'build');
  cpSync('dist', old, { recursive: true });
  writeFileSync(join(old, 'server/content-security-policy.txt'), `${OLD_POLICY}\n`);
  // The old code's hashed files had other names: none of the new build's scripts and styles are in it.
  rmSync(join(old, 'client/_astro'), { recursive: true });
  mkdirSync(join(old, 'client/_astro'));
  const dataDir = mkdtempSync(join(tmpdir(), 'cailing-data-'));
  mkdirSync(join(dataDir, 'site'));
  writeFileSync(join(dataDir, 'site/current'), `${resolve(old)}\n`);
  server = await startServer({ SUBMIT_MIN_FILL_MS: '0' }, dataDir);
});
afterAll(async () => { await server?.stop(); });

describe('after a deploy, before the live site is rebuilt', () => {
  it('serves the live build\'s pages with the live build\'s policy', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(OLD_POLICY);
  });
  it('serves the submit form with its own build\'s policy, and every script and style it names', async () => {
    const page = await fetch(`${server.url}/submit/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(newPolicy);
    const files = [...(await page.text()).matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect((await fetch(`${server.url}${file}`)).status, file).toBe(200);
  });
  it('still answers 404 for a hashed file neither build has', async () => {
    expect((await fetch(`${server.url}/_astro/nothing.AAAAAAAA.js`)).status).toBe(404);
  });
});
