import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { sendStory } from '../support/sendStory';
import { signIn } from '../support/signIn';
import { formTokenFromPage } from '../support/submissionToken';
import { waitFor } from '../support/waitFor';

const PASSWORD = 'photo-test-pass';
const ALT = '井盖上新画了一只绿色的小乌龟，旁边是雨后亮晶晶的水洼。';

let server: RunningServer;
let cookie: string;
let jpeg: Uint8Array;
const post = (path: string, body: Record<string, string>) => fetch(`${server.url}${path}`, {
  method: 'POST', redirect: 'manual', body: new URLSearchParams(body),
  headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' },
});
type Row = { id: number; status: string; kind: string; title: string; body: string; photo_for: string | null; landmark_id: string | null; attention: string | null; store_commit: string | null };
const rowOf = (receipt: string) => {
  const db = server.db();
  try { return db.prepare('SELECT * FROM submissions WHERE receipt = ?').get(receipt) as Row; } finally { db.close(); }
};
const store = () => join(server.dataDir, 'community');
const git = (...args: string[]) => execFileSync('git', args, { cwd: store(), encoding: 'utf8' });
const galleryOf = (id: string) => (JSON.parse(readFileSync(join(store(), 'data/landmarks.geojson'), 'utf8')) as { features: { id: string; properties: { gallery?: { file: string; alt: Record<string, string>; credit?: string; date?: string }[] } }[] })
  .features.find((f) => f.id === id)?.properties.gallery ?? [];

/** Sends the "add a photo to this place" form as the page's script does; answers the server's status and JSON. */
async function sendPhoto(fields: Record<string, string>, photo: Uint8Array | null = jpeg) {
  const form = new FormData();
  const values = { lang: 'zh-CN', landmark: 'checkin-03', alt: ALT, consent: 'yes', website: '', formToken: await formTokenFromPage(server.url), ...fields };
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  if (photo) form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  const r = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: form, headers: { origin: server.url, accept: 'application/json' } });
  return { status: r.status, json: (await r.json()) as { receipt?: string; errors?: Record<string, string> } };
}

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a7' } }).jpeg().toBuffer();
  server = await startServer({ ADMIN_PASSWORD: PASSWORD, SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0' });
  cookie = await signIn(server.url, { password: PASSWORD });
});
afterAll(async () => { await server?.stop(); });

describe('a resident adds a photo to mural 3', () => {
  let receipt = '';

  it('refuses a photo form with a missing photo, an empty description, a web address or an unknown place, naming the field in Chinese', async () => {
    const none = await sendPhoto({}, null);
    expect(none.status).toBe(400);
    expect(none.json.errors).toEqual({ photo: '请选一张照片。' });
    const blank = await sendPhoto({ alt: '   ' });
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.json.errors!)).toEqual(['alt']);
    const unknown = await sendPhoto({ landmark: 'no-such-place' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors).toEqual({ landmark: '这个地方已经不在地图上了，不能再给它添加照片。' });
    // A description holding an address is told so, not that it is too long.
    const link = await sendPhoto({ alt: '照片里是 example.com 上看到的那面墙。' });
    expect(link.json.errors).toEqual({ alt: '描述里不能放网址或邮箱地址（像 abc.com 这样带点的词也算）。请只用文字说说照片里有什么。' });
  });

  it('is moderated like a story: the queue shows it as a photo of 亲子井盖花园 with its description; approving commits photo and gallery entry as one change', async () => {
    const sent = await sendPhoto({});
    expect(sent.status).toBe(201);
    receipt = sent.json.receipt!;
    const row = rowOf(receipt);
    expect(row).toMatchObject({ status: 'pending', kind: 'photo', photo_for: 'checkin-03', title: '亲子井盖花园', body: ALT, landmark_id: null });

    const queue = await (await fetch(`${server.url}/admin/`, { headers: { cookie } })).text();
    expect(queue).toContain('亲子井盖花园');
    const detail = await (await fetch(`${server.url}/admin/submissions/${row.id}/`, { headers: { cookie } })).text();
    expect(detail).toContain('给「亲子井盖花园」的照片');
    expect(detail).toContain(ALT);

    const before = git('rev-parse', 'HEAD').trim();
    const approved = await post(`/admin/submissions/${row.id}/`, { action: 'approve', 'body-en': 'A newly painted green turtle on a manhole cover, beside a shiny puddle.' });
    expect(approved.status).toBe(303);
    const file = `checkin-03-photo-${row.id}.jpg`;
    expect(git('log', '--format=%s', `${before}..HEAD`).trim().split('\n')).toEqual(['Add a photo to checkin-03']);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([`content/images/${file}`, 'data/landmarks.geojson']);
    const gallery = galleryOf('checkin-03');
    expect(gallery.map((p) => p.file)).toEqual(['checkin-03-fish.svg', file]);
    expect(gallery[1]).toMatchObject({ alt: { 'zh-CN': ALT, en: 'A newly painted green turtle on a manhole cover, beside a shiny puddle.' }, credit: 'residents', date: expect.stringMatching(/^\d{4}-\d{2}$/) });
  });

  it('after the rebuild, the resident sees the photo as the third picture of the gallery, with its description as alt text', async () => {
    expect(await waitFor(() => rowOf(receipt).status === 'published', 400_000)).toBe(true);
    const page = await (await fetch(`${server.url}/landmarks/checkin-03/`)).text();
    expect(page).toContain('第 3 张，共 3 张');
    expect(page).toContain(`alt="${ALT}"`);
    expect(page).toContain('来自：居民');
    const english = await (await fetch(`${server.url}/en/landmarks/checkin-03/`)).text();
    expect(english).toContain('alt="A newly painted green turtle on a manhole cover, beside a shiny puddle."');
    expect(await (await fetch(`${server.url}/submit/status/${receipt}/`)).text()).toContain('/landmarks/checkin-03/');
  }, 420_000);

  it('a moderator can take the photo off again (the gallery loses it, the landmark and its other pictures stay) and undo that', async () => {
    const row = rowOf(receipt);
    expect((await post(`/admin/submissions/${row.id}/`, { action: 'unpublish', reason: '照片里能看清一位邻居的脸' })).status).toBe(303);
    expect(galleryOf('checkin-03').map((p) => p.file)).toEqual(['checkin-03-fish.svg']);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([`content/images/checkin-03-photo-${row.id}.jpg`, 'data/landmarks.geojson']);
    expect(rowOf(receipt).status).toBe('unpublished');

    // Undo in the history puts it back in the gallery, and the submission is approved again.
    expect((await post('/admin/history/', { commit: rowOf(receipt).store_commit! })).status).toBe(303);
    expect(galleryOf('checkin-03').map((p) => p.file)).toEqual(['checkin-03-fish.svg', `checkin-03-photo-${row.id}.jpg`]);
    expect(rowOf(receipt).status).toBe('approved');
  });
});

describe('a photo for a place removed while it waited', () => {
  it('is refused at approval with a reason the moderator can read, and nothing is written', async () => {
    // A resident's story becomes a landmark; a neighbour sends a photo of it; then the story is taken down.
    const story = await sendStory(server, { title: '楼下的石榴树', body: '三十幢楼下有一棵石榴树，秋天结满了红红的果子。', building: '30' });
    expect((await post(`/admin/submissions/${rowOf(story).id}/`, { action: 'approve' })).status).toBe(303);
    const landmark = rowOf(story).landmark_id!;
    const photo = await sendPhoto({ landmark, alt: '石榴树上挂着好几个红石榴。' });
    expect(photo.status).toBe(201);
    expect((await post(`/admin/submissions/${rowOf(story).id}/`, { action: 'unpublish', reason: '居民请我们先撤下' })).status).toBe(303);

    const head = git('rev-parse', 'HEAD').trim();
    const refused = await post(`/admin/submissions/${rowOf(photo.json.receipt!).id}/`, { action: 'approve' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain(`这张照片要放进的地标 ${landmark} 已经从地图上删掉了，所以没有发布。`);
    expect(page).toContain(`给地标 ${landmark} 的照片（这个地标已经不在地图上了）`);
    expect(rowOf(photo.json.receipt!)).toMatchObject({ status: 'needs-attention', store_commit: null });
    expect(JSON.parse(rowOf(photo.json.receipt!).attention!)).toMatchObject({ code: 'landmark-gone', landmark });
    expect(git('rev-parse', 'HEAD').trim()).toBe(head);

    // A new photo for it is refused at the door, in the resident's language.
    const late = await sendPhoto({ landmark, lang: 'en', formToken: await formTokenFromPage(server.url, 'en') });
    expect(late.status).toBe(400);
    expect(late.json.errors).toEqual({ landmark: 'This place is no longer on the map, so photos can no longer be added to it.' });
  });
});
