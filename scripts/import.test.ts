import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureStore, storeDir, storeHead, storeHistory } from '../src/server/store/communityStore';

const FIXTURES = 'tests/fixtures/import';
/** The real command, with the data folder (and its content store) of this test. */
const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: process.env.DATA_DIR } });
const landmarks = () => readFileSync(join(storeDir(), 'data/landmarks.geojson'), 'utf8');

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'import-cli-'));
  delete process.env.STORE_DIR;
  await ensureStore(resolve('.'));
}, 60_000);

describe('npm run import', () => {
  it.each([
    ['checkins.geojson', [], ['checkin-05 moved 20 m N', 'checkin-01 unchanged', 'checkin-03 moved 8 m E', '"Somewhere else" is 4.5 km outside the community: not imported']],
    ['checkins-gcj02.geojson', ['--datum', 'gcj02'], ['checkin-05 moved 20 m N', 'checkin-01 unchanged']],
    ['buildings.kml', [], ['b22 moved 3 m E', 'checkin-05 moved 20 m N']],
    ['walk.gpx', [], ['checkin-05 moved 20 m N', 'checkin-03 moved 8 m E']],
    ['estate.osm', [], ['b22 moved 3 m E', 'checkin-05 moved 20 m N']],
  ])('prints one line per feature of %s and writes nothing without --apply', async (name, options, expected) => {
    const head = await storeHead();
    const before = landmarks();
    const r = run(join(FIXTURES, name), ...options);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of expected) expect(lines).toContain(line);
    expect(r.stdout).toMatch(/\nNothing written\. Add --apply to save \d change\(s\)\.\n/);
    expect(await storeHead()).toBe(head);
    expect(landmarks()).toBe(before);
  }, 60_000);

  it('says when the datum looks wrong, and refuses to apply until it is given', async () => {
    const head = await storeHead();
    const r = run(join(FIXTURES, 'checkins-gcj02.geojson'), '--apply', '--author', 'Surveyor');
    expect(r.stdout).toContain('in place as GCJ-02 (Amap, Tencent): try --datum gcj02');
    expect(r.stderr).toContain('import: not applied: check the datum first (--datum gcj02)');
    expect(r.status).toBe(1);
    expect(await storeHead()).toBe(head);
  }, 60_000);

  it('refuses a malformed file, an unknown datum and an unknown format with a clear message', () => {
    const broken = run(join(FIXTURES, 'broken.kml'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^import: the KML file cannot be read: .*mismatch/);
    const datum = run(join(FIXTURES, 'walk.gpx'), '--datum', 'cgcs2000');
    expect(datum.status).toBe(2);
    expect(datum.stderr).toContain('unknown datum "cgcs2000": use wgs84 for WGS 84');
    const format = run('package.json');
    expect(format.stderr).toContain('import: the GEOJSON file cannot be read: not a GeoJSON FeatureCollection');
  }, 60_000);

  it('with --apply saves the moved features as one checked commit by the author', async () => {
    const head = await storeHead();
    const r = run(join(FIXTURES, 'checkins.geojson'), '--apply', '--author', 'Surveyor');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Saved as commit [0-9a-f]{10} by Surveyor: 4 change\(s\)/);
    const [latest, previous] = await storeHistory();
    expect(previous!.sha).toBe(head);
    expect(latest).toMatchObject({ author: 'Surveyor', subject: expect.stringMatching(/^Import checkins\.geojson \(wgs84\): checkin-05 moved 20 m N; walkway reshaped/), trailers: { Action: 'map-edit', Import: 'checkins.geojson' } });
    const body = spawnSync('git', ['-C', storeDir(), 'log', '-1', '--format=%b'], { encoding: 'utf8' }).stdout;
    expect(body.split('\n').slice(0, 4)).toEqual(['checkin-05 moved 20 m N', expect.stringMatching(/^walkway reshaped/), 'checkin-03 moved 8 m E', expect.stringMatching(/^walkway reshaped/)]);
    const moved = JSON.parse(landmarks()).features.find((f: { id: string }) => f.id === 'checkin-05');
    expect(moved.properties.provenance).toMatchObject({ source: 'import', file: 'checkins.geojson', datum: 'wgs84' });
    // The same file again: everything is in place now.
    const again = run(join(FIXTURES, 'checkins.geojson'), '--apply', '--author', 'Surveyor');
    expect(again.stdout).toContain('checkin-05 unchanged');
    expect(again.stdout).toContain('Nothing to apply');
  }, 60_000);
});
