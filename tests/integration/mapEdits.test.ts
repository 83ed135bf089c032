import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
const inStore = (path: string) => existsSync(join(store(), path));
const BENCH_WORDS = '树下这张长椅，是三楼的邻居们一起修好的。夏天傍晚大家在这里乘凉。';
const CHESS_STORY = '傍晚，邻居们在这张棋桌边下棋。桌子是大家一起从旧楼搬过来的。';
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

  it('adds a landmark with its story and picture as one commit by the moderator, checked by every rule', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'bench-14')!.geometry.coordinates;
    const chess = (id: string, story?: Record<string, string>) => ({ op: 'add', layer: 'landmarks', id, geometry: { type: 'Point', coordinates: north(at, 8) }, properties: { kind: 'bench', name: { 'zh-CN': '棋桌', en: 'Chess table' } }, ...(story && { story }) });
    // No story in the first language: refused, in the moderator's language, nothing written.
    const bare = await api({ baseCommit: s.commit, edits: [chess('chess-table', { en: 'Chess here.' })] });
    expect(bare.status).toBe(422);
    expect(await bare.json()).toMatchObject({ problems: [{ rule: 'stories', featureId: 'chess-table', message: 'chess-table 的故事缺少或不完整（规则：stories）' }] });
    expect(git('rev-parse', 'HEAD')).toBe(s.commit);
    expect(inStore('content/stories/zh-CN/chess-table.md')).toBe(false);

    const r = await api({ baseCommit: s.commit, edits: [chess('chess-table', { 'zh-CN': CHESS_STORY })] });
    expect(r.status).toBe(200);
    expect(git('rev-list', '--count', `${s.commit}..HEAD`)).toBe('1');
    expect(git('log', '-1', '--format=%an|%s')).toBe('admin|chess-table added');
    expect(git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'A\tcontent/images/chess-table.svg', 'A\tcontent/stories/en/chess-table.md', 'A\tcontent/stories/zh-CN/chess-table.md', 'M\tdata/landmarks.geojson',
    ]);
    const zh = readFileSync(join(store(), 'content/stories/zh-CN/chess-table.md'), 'utf8');
    expect(zh).toContain('title: "棋桌"');
    expect(zh).toContain(CHESS_STORY);
    // English shows the Chinese words until someone translates them, as for a resident's story told in one language.
    const en = readFileSync(join(store(), 'content/stories/en/chess-table.md'), 'utf8');
    expect(en).toContain('title: "Chess table"');
    expect(en).toContain('textLang: "zh-CN"');
    expect(git('status', '--porcelain')).toBe('');
  });

  it('deletes a landmark with its stories and picture in one commit, refuses a check-in point the trail needs, and undoes the delete', async () => {
    const s = await snapshot();
    const files = ['content/stories/zh-CN/bench-20.md', 'content/stories/en/bench-20.md', 'content/images/bench-20.svg'];
    const texts = files.map((f) => readFileSync(join(store(), f)));
    const checkin = await api({ baseCommit: s.commit, edits: [{ op: 'delete', layer: 'landmarks', id: 'checkin-05' }] });
    expect(checkin.status).toBe(422);
    const refused = await checkin.json() as { problems: { rule: string; featureId: string; message: string }[] };
    expect(refused.problems.filter((p) => p.rule === 'trail')).toEqual([expect.objectContaining({ featureId: 'checkin-05', message: 'checkin-05 是打卡路线上的打卡点，删掉会打断路线，所以不能删除（规则：trail）' })]);
    expect(git('rev-parse', 'HEAD')).toBe(s.commit);

    const r = await api({ baseCommit: s.commit, edits: [{ op: 'delete', layer: 'landmarks', id: 'bench-20' }] });
    expect(r.status).toBe(200);
    const deleted = (await r.json() as { commit: string }).commit;
    expect(git('log', '-1', '--format=%an|%s')).toBe('admin|bench-20 deleted');
    expect(git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([...files.map((f) => `D\t${f}`), 'M\tdata/landmarks.geojson'].sort());
    for (const f of files) expect(inStore(f), f).toBe(false);
    expect(landmarksText()).not.toContain('"bench-20"');

    const undo = await fetch(`${server.url}/admin/history/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ commit: deleted }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(undo.status).toBe(303);
    files.forEach((f, i) => { expect(readFileSync(join(store(), f)), f).toEqual(texts[i]); });
    expect(landmarksText()).toContain('"bench-20"');
    expect(git('status', '--porcelain')).toBe('');
  });

  it('replaces a sample story with the community’s own words as one commit by the moderator, naming bad fields in the moderator’s language', async () => {
    const form = (body: Record<string, string>, lang = '') => fetch(`${server.url}${lang}/admin/stories/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ landmark: 'bench-14', action: 'replace', ...body }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    const head = git('rev-parse', 'HEAD');
    const bad = { 'title.zh-CN': ' ', 'body.zh-CN': BENCH_WORDS, 'title.en': 'x'.repeat(61), 'body.en': '' };
    const zh = await form(bad);
    expect(zh.status).toBe(422);
    const zhText = await zh.text();
    expect(zhText).toContain('标题（中文）：请写一个标题。');
    expect(zhText).toContain('标题（English）：最多 60 个字。');
    expect(zhText).toContain(BENCH_WORDS); // what was typed is kept
    const en = await (await form(bad, '/en')).text();
    expect(en).toContain('Title (中文): write a title.');
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');

    const r = await form({ 'title.zh-CN': '树下的长椅', 'body.zh-CN': BENCH_WORDS, 'title.en': 'The bench under the tree', 'body.en': '' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/admin/stories/?done=replaced');
    expect(git('rev-list', '--count', `${head}..HEAD`)).toBe('1');
    expect(git('log', '-1', '--format=%an|%s')).toBe('admin|Story replaced: bench-14');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['content/stories/en/bench-14.md', 'content/stories/zh-CN/bench-14.md']);
    const story = readFileSync(join(store(), 'content/stories/zh-CN/bench-14.md'), 'utf8');
    expect(story).toContain('source: "community"');
    expect(story).toContain('title: "树下的长椅"');
    expect(story).toContain(BENCH_WORDS);
    expect(readFileSync(join(store(), 'content/stories/en/bench-14.md'), 'utf8')).toContain('textLang: "zh-CN"');
    // No longer a sample: not offered again.
    expect(await (await fetch(`${server.url}/admin/stories/`, { headers: { cookie } })).text()).not.toContain('(bench-14)');
    expect((await form({ 'title.zh-CN': '再换', 'body.zh-CN': '再换一次' })).status).toBe(404);
  });

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
    // The same rebuild has the story replaced in the community's words, no longer a sample, and the landmark added in
    // the editor, with its story, in both languages.
    const bench = await page('/landmarks/bench-14/');
    expect(bench).toContain(BENCH_WORDS);
    expect(bench).not.toContain(note);
    expect(await page('/landmarks/chess-table/')).toContain('傍晚，邻居们在这张棋桌边下棋。');
    expect(await page('/en/landmarks/chess-table/')).toContain('Chess table');
    const again = await fetch(`${server.url}/admin/stories/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ landmark: 'pet-tribe' }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(again.status).toBe(404);
  }, 400_000);
});
