import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'broken-community-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build with broken data', () => {
  it('stops before writing a site, naming the file, the id and the rule', () => {
    const dir = join(work, 'community');
    cpSync('tests/fixtures/tiny', dir, { recursive: true });
    const file = join(dir, 'data/landmarks.geojson');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.features.find((f: { id: string }) => f.id === 'sample-walk').properties.stops = ['mural-a'];
    writeFileSync(file, JSON.stringify(json));
    rmSync(join(dir, 'content/stories/en/mural-a.md'));
    const out = join(work, 'dist');
    // Servers may be rebuilding in this checkout meanwhile: one astro build at a time.
    const r = spawnSync(process.execPath, ['src/server/lockedBuild.mjs'], { encoding: 'utf8', env: { ...process.env, COMMUNITY_DIR: dir, OUT_DIR: out } });
    const said = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(said).toContain('data/landmarks.geojson: mural-b: check-in point missing from the walkway order');
    expect(said).toContain('data/landmarks.geojson: mural-a: no story in en');
    expect(existsSync(join(out, 'client/landmarks/mural-a/index.html'))).toBe(false);
  }, 120_000);
});
