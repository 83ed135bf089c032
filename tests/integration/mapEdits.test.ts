import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { signIn } from '../support/signIn';
import { waitFor } from '../support/waitFor';

const PASSWORD = 'map-test-pass';
let server: RunningServer;
let cookie: string;
const store = () => join(server.dataDir, 'community');
const git = (...args: string[]) => execFileSync('git', ['-C', store(), ...args], { encoding: 'utf8' }).trim();
const landmarksText = () => readFileSync(join(store(), 'data/landmarks.geojson'), 'utf8');
const page = async (path: string) => (await fetch(`${server.url}${path}`)).text();
const trailLength = async () => Number(/全程约 (\d+) 米/.exec(await page('/trail/'))?.[1]);
const api = (body: unknown, lang = '') => fetch(`${server.url}${lang}/admin/api/map`, {
  method: 'POST', body: JSON.stringify(body), headers: { origin: server.url, cookie, 'content-type': 'application/json', accept: 'application/json' },
});
type Snapshot = { commit: string; layers: { landmarks: { features: { id: string; geometry: { coordinates: [number, number] } }[] } } };
const snapshot = async (): Promise<Snapshot> => (await fetch(`${server.url}/admin/api/map`, { headers: { cookie } })).json() as Promise<Snapshot>;
const north = ([x, y]: [number, number], metres: number): [number, number] => [x, y + metres / 110_574];

beforeAll(async () => {
  server = await startServer({ ADMIN_PASSWORD: PASSWORD, STORE_POLL_MS: '500' });
  cookie = await signIn(server.url, { password: PASSWORD });
});
afterAll(async () => { await server?.stop(); });

describe('map edits through the server and the content store', () => {
  let base: Snapshot;
  let saved = '';
  const before = { length: 0, text: '' };

  it('gives the map editor the layers and the commit they are at, to moderators only', async () => {
    expect((await fetch(`${server.url}/admin/api/map`, { redirect: 'manual' })).status).toBe(303);
    expect((await fetch(`${server.url}/admin/api/map`, { method: 'POST', body: '{}', headers: { origin: server.url } })).status).toBe(401);
    base = await snapshot();
    expect(base.commit).toBe(git('rev-parse', 'HEAD'));
    expect(base.layers.landmarks.features.some((f) => f.id === 'checkin-05')).toBe(true);
    before.length = await trailLength();
    before.text = landmarksText();
    expect(before.length).toBeGreaterThan(500);
  });

  it('refuses an edit that breaks a rule, names the rule and the feature, and changes nothing', async () => {
    const at = base.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const r = await api({ baseCommit: base.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: north(at, 3000) } }] });
    expect(r.status).toBe(422);
    expect(await r.json()).toMatchObject({ ok: false, reason: 'rules', problems: expect.arrayContaining([expect.objectContaining({ rule: 'inside-boundary', featureId: 'checkin-05', message: 'checkin-05 在小区边界之外（规则：inside-boundary）' })]) });
    // The same refusal from the English editor, in English; the rule and feature are the same machine-readable words.
    const en = await api({ baseCommit: base.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: north(at, 3000) } }] }, '/en');
    expect(en.status).toBe(422);
    expect(await en.json()).toMatchObject({ problems: expect.arrayContaining([expect.objectContaining({ rule: 'inside-boundary', featureId: 'checkin-05', layer: 'landmarks', message: 'checkin-05 is outside the community boundary (rule: inside-boundary)' })]) });
    expect(git('rev-parse', 'HEAD')).toBe(base.commit);
    expect(landmarksText()).toBe(before.text);
    expect(git('status', '--porcelain')).toBe('');
    expect((await api({ baseCommit: base.commit, edits: 'nonsense' })).status).toBe(422);
    const malformed = await fetch(`${server.url}/admin/api/map`, { method: 'POST', body: '{not json', headers: { origin: server.url, cookie, 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
  });

  it('saves a surveyed move as one commit by the moderator; after the rebuild the trail is longer and the place no longer approximate', async () => {
    expect(await page('/landmarks/checkin-05/')).toContain('位置为示意');
    const at = base.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const r = await api({ baseCommit: base.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: north(at, 20) }, provenance: { source: 'gps', accuracyM: 4, fixes: 20, date: '2026-11-29' } }] });
    expect(r.status).toBe(200);
    const result = await r.json() as { ok: true; commit: string; summary: string[] };
    expect(result.summary[0]).toBe('checkin-05 moved 20 m N');
    saved = result.commit;
    expect(git('rev-list', '--count', `${base.commit}..HEAD`)).toBe('1');
    expect(git('log', '-1', '--format=%an|%s')).toMatch(/^admin\|checkin-05 moved 20 m N; walkway reshaped/);
    expect(git('show', '--name-only', '--format=', 'HEAD')).toBe('data/landmarks.geojson');
    expect(await waitFor(async () => (await trailLength()) > before.length)).toBe(true);
    expect(await page('/landmarks/checkin-05/')).not.toContain('位置为示意');
    expect(await page('/landmarks/checkin-04/')).toContain('位置为示意');
    // The check-in page measures the radius from the new place.
    expect(await page('/checkin/checkin-05/')).toContain(`&#34;at&#34;:[${at[0]},${Math.round(north(at, 20)[1] * 1e6) / 1e6}]`);
  }, 400_000);

  it('tells a second moderator editing from the old version that checkin-05 changed, and shows the newer one', async () => {
    const at = base.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const r = await api({ baseCommit: base.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: north(at, 10) } }] });
    expect(r.status).toBe(409);
    expect(await r.json()).toMatchObject({ ok: false, reason: 'stale', headCommit: saved, changed: ['checkin-05'], current: { 'checkin-05': { properties: { provenance: { source: 'gps' } } } } });
    expect(git('rev-parse', 'HEAD')).toBe(saved);
  });

  it('undoes the move from the history: the old place and trail length come back', async () => {
    const history = await (await fetch(`${server.url}/admin/history/`, { headers: { cookie } })).text();
    expect(history).toContain('checkin-05 moved 20 m N');
    const r = await fetch(`${server.url}/admin/history/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ commit: saved }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(303);
    expect(landmarksText()).toBe(before.text);
    expect(await waitFor(async () => (await trailLength()) === before.length)).toBe(true);
    expect(await page('/landmarks/checkin-05/')).toContain('位置为示意');
  }, 400_000);

  it('lets a moderator mark a sample story checked: its note goes, in every language', async () => {
    const note = '<aside class="sample-note';
    expect(await page('/landmarks/pet-tribe/')).toContain(note);
    const list = await (await fetch(`${server.url}/admin/stories/`, { headers: { cookie } })).text();
    expect(list).toContain('pet-tribe');
    const r = await fetch(`${server.url}/admin/stories/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ landmark: 'pet-tribe' }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(303);
    expect(git('log', '-1', '--format=%an|%s')).toBe('admin|Story checked: pet-tribe');
    expect(git('show', '--stat', '--format=', 'HEAD')).toMatch(/2 files changed, 2 deletions/);
    expect(await waitFor(async () => !(await page('/landmarks/pet-tribe/')).includes(note))).toBe(true);
    expect(await page('/en/landmarks/pet-tribe/')).not.toContain(note);
    expect(await page('/landmarks/checkin-01/')).toContain(note);
    const again = await fetch(`${server.url}/admin/stories/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ landmark: 'pet-tribe' }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(again.status).toBe(404);
  }, 400_000);
});
