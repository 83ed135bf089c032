import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { signIn } from '../support/signIn';

/**
 * The map editor's routes (`/admin/api/map` in both languages, `/admin/map/import`) and the sample-story form
 * against what a stranger or a careless moderator sends: every answer a 4xx in the asker's language, never a
 * 5xx or a stack trace, and nothing written to the content store on a refusal.
 */
const PASSWORD = 'attack-test-pass';
let server: RunningServer;
let cookie: string;
const git = (...args: string[]) => execFileSync('git', ['-C', join(server.dataDir, 'community'), ...args], { encoding: 'utf8' }).trim();
const landmarksText = () => readFileSync(join(server.dataDir, 'community', 'data/landmarks.geojson'), 'utf8');
type Snapshot = { commit: string; layers: { landmarks: { features: { id: string; geometry: { coordinates: [number, number] } }[] } } };
const snapshot = async (): Promise<Snapshot> => (await fetch(`${server.url}/admin/api/map`, { headers: { cookie } })).json() as Promise<Snapshot>;
const SAVE_ROUTES = ['/admin/api/map', '/en/admin/api/map'];

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const r = await fetch(`${server.url}${path}`, { method: 'POST', body, redirect: 'manual', headers: { origin: server.url, cookie, 'content-type': 'application/json', accept: 'application/json', ...headers } });
  return { status: r.status, text: await r.text() };
}

/** A refusal: a 4xx, no stack trace, the store's commit and files as they were. */
async function expectRefused(label: string, attempt: () => Promise<{ status: number; text: string }>) {
  const [head, text] = [git('rev-parse', 'HEAD'), landmarksText()];
  const r = await attempt();
  expect(r.status, `${label}: ${r.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(r.status, `${label}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
  expect(r.text, label).not.toMatch(/at .+:\d+:\d+/);
  expect(git('rev-parse', 'HEAD'), label).toBe(head);
  expect(landmarksText(), label).toBe(text);
  expect(git('status', '--porcelain'), label).toBe('');
  return r;
}

beforeAll(async () => {
  server = await startServer({ ADMIN_PASSWORD: PASSWORD, STORE_POLL_MS: '500' });
  cookie = await signIn(server.url, { password: PASSWORD });
});
afterAll(async () => { await server?.stop(); });

describe('saving map edits, from odd requests', () => {
  it('refuses a baseCommit that is not a string (an object, a number, an array) with a 4xx, not a 500', async () => {
    const { layers } = await snapshot();
    const at = layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const edits = [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: at } }];
    for (const path of SAVE_ROUTES) {
      for (const baseCommit of [{ toString: 1 }, { valueOf: null, toString: null }, 42, ['a'], null]) {
        await expectRefused(`${path} ${JSON.stringify(baseCommit)}`, () => post(path, JSON.stringify({ baseCommit, edits })));
      }
    }
  });

  it('takes edits only as JSON: a form, plain text or no content type gets 415 in the moderator’s language', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const body = JSON.stringify({ baseCommit: s.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: [at[0], at[1] + 0.00002] } }] });
    for (const path of SAVE_ROUTES) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
        const r = await expectRefused(`${path} ${type}`, () => post(path, body, { 'content-type': type }));
        expect(r.status, `${path} ${type}`).toBe(415);
        expect(JSON.parse(r.text).error, path).toMatch(path.startsWith('/en/') ? /could not be read/ : /表单读不出来/);
      }
    }
    // The same edit as JSON (with a charset) still saves.
    expect((await post('/admin/api/map', body.replace(/"edits"/, '"dryRun":true,"edits"'), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('refuses a property the layer does not have (a careless key, or a 1.5 MB one that every visitor would download)', async () => {
    for (const path of SAVE_ROUTES) {
      const s = await snapshot();
      for (const properties of [{ junk: 'x'.repeat(1_500_000) }, { constructor: 1 }, { name: { 'zh-CN': '长卷', en: 'Scroll' }, colour: 'red' }]) {
        const r = await expectRefused(`${path} ${Object.keys(properties).join()}`, () => post(path, JSON.stringify({ baseCommit: s.commit, edits: [{ op: 'properties', layer: 'landmarks', id: 'checkin-05', properties }] })));
        expect(r.status).toBe(422);
        expect(r.text).toMatch(/"rule":"edit"/);
      }
      const add = await expectRefused(`${path} add`, () => post(path, JSON.stringify({ baseCommit: s.commit, edits: [{ op: 'add', layer: 'landmarks', id: 'new-bench', geometry: { type: 'Point', coordinates: s.layers.landmarks.features[0]!.geometry.coordinates }, properties: { kind: 'bench', name: { 'zh-CN': '长椅', en: 'Bench' }, secret: 'x' } }] })));
      expect(add.status).toBe(422);
    }
  });

  it('refuses absurd coordinates, odd ids, unknown layers and duplicate ids, writing nothing', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    const move = (coordinates: unknown, extra: Record<string, unknown> = {}) => ({ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates }, ...extra });
    const bench = (id: string) => ({ op: 'add', layer: 'landmarks', id, geometry: { type: 'Point', coordinates: at }, properties: { kind: 'bench', name: { 'zh-CN': '长椅', en: 'Bench' } } });
    const cases: [string, string][] = [
      ['NaN', JSON.stringify({ baseCommit: s.commit, edits: [move([Number.NaN, at[1]])] })],
      ['1e999', `{"baseCommit":"${s.commit}","edits":[{"op":"move","layer":"landmarks","id":"checkin-05","geometry":{"type":"Point","coordinates":[1e999,31]}}]}`],
      ['1e308', JSON.stringify({ baseCommit: s.commit, edits: [move([1e308, 1e308])] })],
      ['outside', JSON.stringify({ baseCommit: s.commit, edits: [move([0, 0])] })],
      ['../', JSON.stringify({ baseCommit: s.commit, edits: [bench('../../etc')] })],
      ['fullwidth', JSON.stringify({ baseCommit: s.commit, edits: [bench('ｃheckin-05')] })],
      ['layer', JSON.stringify({ baseCommit: s.commit, edits: [move(at, { layer: 'secrets' })] })],
      ['duplicate', JSON.stringify({ baseCommit: s.commit, edits: [bench('dup-1'), bench('dup-1')] })],
      ['taken', JSON.stringify({ baseCommit: s.commit, edits: [bench('checkin-04')] })],
      ['deep', `{"baseCommit":"${s.commit}","edits":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
      ['null', 'null'],
      ['not json', '{"baseCommit":'],
    ];
    for (const path of SAVE_ROUTES) for (const [label, body] of cases) await expectRefused(`${path} ${label}`, () => post(path, body));
  });

  it('refuses odd stories sent with a landmark: on a move or a delete, in a made-up language, too long, not text, or none', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'bench-14')!.geometry.coordinates;
    const add = (story: unknown, id = 'chess-corner') => ({ op: 'add', layer: 'landmarks', id, geometry: { type: 'Point', coordinates: [at[0], at[1] + 0.00008] }, properties: { kind: 'bench', name: { 'zh-CN': '棋角', en: 'Chess corner' } }, story });
    const cases: [string, unknown[]][] = [
      ['on a move', [{ op: 'move', layer: 'landmarks', id: 'bench-14', geometry: { type: 'Point', coordinates: at }, story: { 'zh-CN': '故事' } }]],
      ['on a delete', [{ op: 'delete', layer: 'landmarks', id: 'bench-14', story: { 'zh-CN': '故事' } }]],
      ['on a building', [{ op: 'add', layer: 'buildings', id: 'b99', geometry: { type: 'Point', coordinates: at }, properties: {}, story: { 'zh-CN': '故事' } }]],
      ['path as language', [add({ '../../../etc/passwd': 'x', 'zh-CN': '故事' })]],
      ['foreign language', [add({ fr: 'Bonjour', 'zh-CN': '故事' })]],
      ['too long', [add({ 'zh-CN': '长'.repeat(6001) })]],
      ['not text', [add({ 'zh-CN': 42 })]],
      ['an array', [add(['故事'])]],
      ['none', [add(undefined)]],
      ['blank', [add({ 'zh-CN': ' \n\t ' })]],
      ['id with a path', [add({ 'zh-CN': '故事' }, '../../content/stories/zh-CN/x')]],
      ['deleting what is not there', [{ op: 'delete', layer: 'landmarks', id: 'no-such-bench' }]],
    ];
    for (const path of SAVE_ROUTES) {
      for (const [label, edits] of cases) {
        const r = await expectRefused(`${path} ${label}`, () => post(path, JSON.stringify({ baseCommit: s.commit, edits })));
        expect(r.status, label).toBe(422);
        expect(readdirSync(join(server.dataDir, 'community', 'content/stories/zh-CN')).filter((f) => f.startsWith('chess'))).toEqual([]);
      }
    }
  });

  it('never saves for real a preview asked for with dryRun "true" or 1', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'checkin-05')!.geometry.coordinates;
    for (const dryRun of ['true', 1, 'yes', null]) {
      const r = await expectRefused(`dryRun ${JSON.stringify(dryRun)}`, () => post('/admin/api/map', JSON.stringify({ baseCommit: s.commit, dryRun, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: [at[0], at[1] + 0.00003] } }] })));
      expect(r.status).toBe(400);
      expect(JSON.parse(r.text).error).toMatch(/表单读不出来/);
    }
  });

  it('of two saves from the same commit at once, exactly one wins and the store is left clean', async () => {
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'checkin-06')!.geometry.coordinates;
    const body = (dy: number) => JSON.stringify({ baseCommit: s.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-06', geometry: { type: 'Point', coordinates: [at[0], at[1] + dy] } }] });
    const statuses = await Promise.all([...SAVE_ROUTES, SAVE_ROUTES[0]!].map((path, i) => post(path, body(0.00002 * (i + 1))).then((r) => r.status)));
    expect(statuses.filter((st) => st === 200)).toHaveLength(1);
    expect(statuses.filter((st) => st === 409)).toHaveLength(2);
    expect(git('rev-list', '--count', `${s.commit}..HEAD`)).toBe('1');
    expect(git('status', '--porcelain')).toBe('');
  }, 60_000);
});

describe('a store that fails to commit', () => {
  it('puts the files back and says so in the moderator’s language (never a 500), so the next save is not blocked', async () => {
    const hook = join(server.dataDir, 'community', '.git', 'hooks', 'pre-commit');
    const s = await snapshot();
    const at = s.layers.landmarks.features.find((f) => f.id === 'checkin-07')!.geometry.coordinates;
    const body = JSON.stringify({ baseCommit: s.commit, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-07', geometry: { type: 'Point', coordinates: [at[0], at[1] + 0.00002] } }] });
    writeFileSync(hook, '#!/bin/sh\necho disk full >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    try {
      const before = landmarksText();
      const r = await post('/admin/api/map', body);
      expect(r.status, r.text).toBe(503);
      expect(JSON.parse(r.text).error).toMatch(/^内容库没能保存这次修改/);
      expect(git('rev-parse', 'HEAD')).toBe(s.commit);
      expect(git('status', '--porcelain')).toBe('');
      expect(landmarksText()).toBe(before);
    } finally {
      rmSync(hook);
    }
    expect((await post('/admin/api/map', body)).status).toBe(200);
  });
});

describe('importing map files, from odd files', () => {
  const importFile = (name: string, text: string, lang = '') => {
    const form = new FormData();
    form.set('file', new File([text], name));
    form.set('datum', 'wgs84');
    return fetch(`${server.url}${lang}/admin/map/import`, { method: 'POST', body: form, headers: { origin: server.url, cookie } }).then(async (r) => ({ status: r.status, text: await r.text() }));
  };
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');

  it('refuses an XML bomb, a foreign entity and malformed KML/GPX/OSM in the moderator’s language', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE k [<!ENTITY lol0 "lol">${lol}]><kml><Placemark><name>&lol9;</name><Point><coordinates>119.99,31.79</coordinates></Point></Placemark></kml>`;
    expect(JSON.parse((await expectRefused('bomb', () => importFile('a.kml', bomb))).text).error).toMatch(/^KML 文件读不了/);
    expect(JSON.parse((await expectRefused('bomb en', () => importFile('a.kml', bomb, '/en'))).text).error).toMatch(/^The KML file cannot be read/);
    await expectRefused('xxe', () => importFile('a.gpx', '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><wpt lat="31.79" lon="119.99"><name>&x;</name></wpt></gpx>'));
    await expectRefused('unclosed', () => importFile('a.kml', '<kml><Placemark><Point><coordinates>1,2'));
    await expectRefused('osm', () => importFile('a.osm', '<osm><node id="1" lat="abc" lon="x"/><relation id="2"><member type="relation" ref="2" role="outer"/></relation></osm>'));
  });

  it('refuses a GeoJSON whose features are null, numbers or strings (a 400, not a 500)', async () => {
    const r = await expectRefused('nulls', () => importFile('a.geojson', '{"type":"FeatureCollection","features":[null,1,"x",{"type":"Feature"}]}'));
    expect(JSON.parse(r.text).error).toMatch(/GEOJSON/);
  });

  it('does not read a latitude of 1e308 as a place “Infinity km” away: it is no position at all', async () => {
    const r = await expectRefused('1e308', () => importFile('a.gpx', '<gpx><wpt lat="1e308" lon="-1e308"><name>x</name></wpt></gpx>'));
    expect(r.text).not.toMatch(/Infinity/);
    expect(JSON.parse(r.text).error).toMatch(/GPX 文件里没有点、线或面/);
  });
});

describe('the sample-story form', () => {
  it('answers a story id with path tricks with 404 in the moderator’s language and commits nothing', async () => {
    for (const landmark of ['../../etc/passwd', 'checkin-05/../checkin-04', 'ｃheckin-05', '', 'x'.repeat(20_000), 'checkin-05\nAction: publish']) {
      for (const lang of ['', '/en']) {
        const r = await expectRefused(`${lang} ${landmark.slice(0, 20)}`, () => post(`${lang}/admin/stories/`, new URLSearchParams({ landmark }), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }));
        expect(r.status).toBe(404);
        expect(r.text).toContain(lang ? 'lang="en"' : 'lang="zh-CN"');
      }
    }
  });

  it('refuses replacing a story that is not a sample, or with path tricks, or too large, in the moderator’s language, committing nothing', async () => {
    const replace = (landmark: string, extra: Record<string, string> = {}, lang = '') => post(`${lang}/admin/stories/`, new URLSearchParams({ landmark, action: 'replace', 'title.zh-CN': '标题', 'body.zh-CN': '社区的话。', ...extra }), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' });
    for (const landmark of ['../../etc/passwd', 'checkin-05/../checkin-04', 'ｃheckin-05', '', 'no-such-story', 'checkin-05\nAction: publish']) {
      for (const lang of ['', '/en']) {
        const r = await expectRefused(`replace ${lang} ${landmark.slice(0, 20)}`, () => replace(landmark, {}, lang));
        expect(r.status).toBe(404);
        expect(r.text).toContain(lang ? 'lang="en"' : 'lang="zh-CN"');
      }
    }
    const huge = await expectRefused('replace huge', () => replace('checkin-05', { 'body.zh-CN': '长'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    const long = await expectRefused('replace long', () => replace('checkin-05', { 'body.en': 'x'.repeat(6001) }, '/en'));
    expect(long.status).toBe(422);
    expect(long.text).toContain('Story (English): at most 6000 characters');
  });

  it('keeps a title with line breaks and front-matter tricks on one quoted line: the story stays readable and no longer a sample', async () => {
    const head = git('rev-parse', 'HEAD');
    const r = await post('/admin/stories/', new URLSearchParams({ landmark: 'checkin-06', action: 'replace', 'title.zh-CN': '六号\n---\nsource: sample\nlandmark: checkin-01', 'body.zh-CN': '---\nsource: sample\n---\n社区的话。' }), { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' });
    expect(r.status, r.text.slice(0, 300)).toBe(303);
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['content/stories/en/checkin-06.md', 'content/stories/zh-CN/checkin-06.md']);
    expect(git('rev-parse', 'HEAD^')).toBe(head);
    const text = readFileSync(join(server.dataDir, 'community', 'content/stories/zh-CN/checkin-06.md'), 'utf8');
    const frontmatter = text.split('\n---\n')[0]!;
    expect(frontmatter).toContain('title: "六号 --- source: sample landmark: checkin-01"');
    expect(frontmatter).toContain('landmark: "checkin-06"');
    expect(frontmatter).toContain('source: "community"');
    expect(frontmatter).not.toMatch(/^source: sample/m);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('refuses cross-site posts to every new route, with or without a forged origin', async () => {
    for (const path of ['/admin/api/map', '/en/admin/api/map', '/admin/map/import', '/admin/stories/']) {
      for (const origin of ['', 'null', 'http://evil.example', `${server.url}.evil.example`]) {
        const r = await expectRefused(`${path} ${origin}`, () => post(path, '{}', { origin }));
        expect(r.status).toBe(403);
      }
    }
  });
});
