import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/schemas/text/cleanText';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { signIn } from '../support/signIn';
import { waitFor } from '../support/waitFor';
import { sendStory } from '../support/sendStory';

const PASSWORD = 'pub-test-pass';

/** Titles and bodies that broke publishing before: YAML re-types them, String.replace expands them, or they are huge. */
const HOSTILE: { title: string; body: string }[] = [
  { title: '2024-01-01', body: '2024-01-01 这一天，邻居们在楼下一起种下了第一棵树。' },
  { title: 'true', body: 'true 这是一个只写着 true 的标题，正文也很普通，用来检查类型。' },
  { title: 'null', body: 'null: 看起来像 YAML 的空值，其实是居民写的标题和正文。' },
  { title: '0x1F', body: '0x1F 是一个十六进制数，也是一个标题，它必须原样出现。' },
  { title: '~ 波浪线', body: '~ 在 YAML 里表示空，这里只是一个波浪线，请原样保留。' },
  { title: "替换 $& $` $'", body: "替换模式 $& 和 $` 还有 $' 以及 $1 都要原样出现在页面上。" },
  { title: '"引号" 与 \\ 反斜杠', body: '正文里有 "双引号"、\'单引号\' 和 \\ 反斜杠，还有 : 冒号 -- 两条横线和 <!-- 注释 --> 也一样。' },
  { title: '--- 三条横线\n---\nsource: sample', body: '---\n正文以三条横线开头，看起来像 front matter 的分隔线。\n===\n上面一行等号不能把第一行变成标题。' },
  { title: '# 井号 : 冒号 [方括号]', body: '- 看起来像列表\n# 看起来像标题\n> 看起来像引用，但都是居民的原话。' },
  { title: '<script>alert(1)</script>', body: '<img src=x onerror=alert(1)> 这段文字里的标签必须被当作文字显示。' },
  { title: 'a\uFDD0b 非字符', body: '标题里藏着一个非字符 \uFFFE，它应该被去掉，故事照样发布。' },
  { title: '很长的故事', body: `${'长'.repeat(5900)}。结尾。` },
];

let server: RunningServer;
let cookie: string;
const post = (path: string, body: Record<string, string>) => fetch(`${server.url}${path}`, {
  method: 'POST', redirect: 'manual', body: new URLSearchParams(body),
  headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' },
});
const rowOf = (id: number) => {
  const db = server.db();
  try { return db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as { status: string; landmark_id: string | null; attention: string | null; store_commit: string | null }; } finally { db.close(); }
};
const submissionId = (receipt: string) => {
  const db = server.db();
  try { return (db.prepare('SELECT id FROM submissions WHERE receipt = ?').get(receipt) as { id: number }).id; } finally { db.close(); }
};
const status = async (path: string) => (await fetch(`${server.url}${path}`)).status;
/** The page's heading as text (entities decoded). */
const h1 = async (path: string) => {
  const html = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await (await fetch(`${server.url}${path}`)).text())?.[1] ?? '';
  return html.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!);
};
/** What the live build was made from (its build info): a new build has a new `builtAt`. */
const liveBuild = () => JSON.parse(readFileSync(join(readFileSync(join(server.dataDir, 'site/current'), 'utf8').trim(), 'server/build-info.json'), 'utf8')) as { commit: string; builtAt: string };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Maintainer', '-c', 'user.email=m@example.invalid', ...args], { cwd, encoding: 'utf8' });

beforeAll(async () => {
  server = await startServer({ ADMIN_PASSWORD: PASSWORD, SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0', STORE_POLL_MS: '500' });
  cookie = await signIn(server.url, { password: PASSWORD });
});
afterAll(async () => { await server?.stop(); });

describe('publishing through the content store', () => {
  const published: { id: number; title: string; receipt: string }[] = [];

  it('publishes a dozen hostile titles and bodies exactly as written; a story whose files fail the checks waits for attention, the others publish', async () => {
    for (const h of HOSTILE) {
      const receipt = await sendStory(server, { title: h.title, body: h.body, building: '30' });
      const id = submissionId(receipt);
      const r = await post(`/admin/submissions/${id}/`, { action: 'approve' });
      expect(r.status, h.title).toBe(303);
      published.push({ id, title: h.title, receipt });
    }
    // A row from before today's limits: its title is too long for a story, so its files fail the checks.
    const db = new Database(join(server.dataDir, 'cailing.sqlite'));
    const broken = Number(db.prepare(`INSERT INTO submissions (receipt, created_at, updated_at, lang, title, body, kind, lng, lat) VALUES ('BROKENROW0000000000A', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'zh-CN', ?, ?, 'other', 119.9995, 31.7895)`)
      .run('长'.repeat(80), '这个故事的标题太长了，写成文件以后通不过检查，所以它需要工作人员处理。').lastInsertRowid);
    db.close();
    const refused = await post(`/admin/submissions/${broken}/`, { action: 'approve' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('没有通过数据检查');
    expect(rowOf(broken)).toMatchObject({ status: 'needs-attention', store_commit: null });
    expect(JSON.parse(rowOf(broken).attention!)).toMatchObject({ code: 'checks', problems: expect.arrayContaining([expect.stringContaining('title')]) });

    // Then a plain story, approved by two moderators at the same moment: one publishes, the other is told.
    const plain = await sendStory(server, { title: '向日葵小空地', body: '两幢楼之间的小空地上，邻居们一起种了一片向日葵。', building: '30' });
    const plainId = submissionId(plain);
    const both = await Promise.all([post(`/admin/submissions/${plainId}/`, { action: 'approve' }), post(`/admin/submissions/${plainId}/`, { action: 'approve' })]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(await both.find((r) => r.status === 409)!.text()).toContain('已经有人处理过了');
    published.push({ id: plainId, title: '向日葵小空地', receipt: plain });
    const store = join(server.dataDir, 'community');
    expect(git(store, 'log', '--format=%s').split('\n').filter((s) => s.includes('向日葵小空地'))).toHaveLength(1);

    expect(await waitFor(() => published.every((p) => rowOf(p.id).status === 'published'))).toBe(true);
    for (const p of published) {
      const landmark = rowOf(p.id).landmark_id!;
      expect(await h1(`/landmarks/${landmark}/`), p.title).toBe(cleanLine(p.title));
      expect(await (await fetch(`${server.url}/submit/status/${p.receipt}/`)).text()).toContain(`/landmarks/${landmark}/`);
    }
    expect(await (await fetch(`${server.url}/landmarks/${rowOf(published[11]!.id).landmark_id}/`)).text()).toContain('结尾。');
    // Quotes stay straight and dashes two hyphens; a line of "=" makes no heading: what was typed is what shows.
    const quoted = await (await fetch(`${server.url}/landmarks/${rowOf(published[6]!.id).landmark_id}/`)).text();
    expect(quoted).toMatch(/"双引号"、'单引号'/);
    expect(quoted).toContain('冒号 -- 两条横线和 &#x3C;!-- 注释 --> 也一样。'); // "<" as HTML writes it in text
    const ruled = await (await fetch(`${server.url}/landmarks/${rowOf(published[7]!.id).landmark_id}/`)).text();
    expect(ruled.match(/<h1\b/g)).toHaveLength(1);
    expect(ruled).toContain('===');
    // A story without a photo shows the site's drawing of its kind, and its description says so (not "from a resident").
    const sunflower = await (await fetch(`${server.url}/landmarks/${rowOf(plainId).landmark_id}/`)).text();
    expect(sunflower).toContain('alt="向日葵小空地的示意插图"');
    expect(rowOf(broken).status).toBe('needs-attention');
    // Every file was written as data: the store still passes every check.
    expect(JSON.parse(readFileSync(join(store, 'data/landmarks.geojson'), 'utf8')).features.length).toBeGreaterThan(40);
  }, 400_000);

  it('takes a published story off the site, tells the resident why, and brings it back with undo, at once', async () => {
    const { id, receipt } = published[0]!;
    const landmark = rowOf(id).landmark_id!;
    const withStory = liveBuild();
    expect((await post(`/admin/submissions/${id}/`, { action: 'unpublish', reason: '居民请我们先撤下' })).status).toBe(303);
    const page = await (await fetch(`${server.url}/submit/status/${receipt}/`)).text();
    expect(page).toContain('已经从地图上撤下');
    expect(page).toContain('居民请我们先撤下');
    expect(await waitFor(async () => (await status(`/landmarks/${landmark}/`)) === 404)).toBe(true);
    expect(rowOf(id).status).toBe('unpublished');

    const history = await (await fetch(`${server.url}/admin/history/`, { headers: { cookie } })).text();
    const unpublishCommit = rowOf(id).store_commit!;
    expect(history).toContain(`Unpublish ${landmark}`);
    // Each change says what it was in the moderator's language; the store's first one names no server folder.
    expect(history).toMatch(/<strong>撤下<\/strong>\s*<span translate="no">Unpublish /);
    expect(history).toContain('<strong>建立内容库（网站自带的资料）</strong>');
    expect(history).toMatch(/<td[^>]*>网站自己<\/td>/);
    expect(history).not.toContain(server.dataDir);
    expect(history).not.toContain(process.cwd());
    expect((await post('/admin/history/', { commit: unpublishCommit })).status).toBe(303);
    expect(await waitFor(async () => (await status(`/landmarks/${landmark}/`)) === 200)).toBe(true);
    expect(await waitFor(() => rowOf(id).status === 'published')).toBe(true);
    // The undo brought back the files of the build before it: that build is live again, not built anew, and the
    // moderators' pages name the undo's commit as live.
    const head = git(join(server.dataDir, 'community'), 'rev-parse', 'HEAD').trim();
    expect(liveBuild()).toEqual({ ...withStory, commit: head });
    expect(await (await fetch(`${server.url}/admin/`, { headers: { cookie } })).text()).toContain(head.slice(0, 7));
  }, 400_000);

  it('checks a maintainer\'s git push before building it: a broken one is refused and shown, a sound one goes live', async () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'cailing-clone-')), 'store');
    git(tmpdir(), 'clone', '-q', join(server.dataDir, 'community'), clone);
    const buildings = join(clone, 'data/buildings.geojson');
    const before = readFileSync(buildings, 'utf8');
    const fc = JSON.parse(before) as { features: { id: string; geometry: { coordinates: number[][][] } }[] };
    const b22 = fc.features.find((f) => f.id === 'b22')!;
    const ring = b22.geometry.coordinates[0]!;
    // A bow-tie: swap two corners so the outline crosses itself, and leave the ring unclosed.
    [ring[1], ring[2]] = [ring[2]!, ring[1]!];
    ring.pop();
    writeFileSync(buildings, JSON.stringify(fc));
    git(clone, 'commit', '-qam', 'Broken outline');
    git(clone, 'push', '-q', 'origin', 'HEAD:main');
    expect(await waitFor(async () => (await (await fetch(`${server.url}/admin/`, { headers: { cookie } })).text()).includes('b22'), 120_000)).toBe(true);
    expect(await (await fetch(`${server.url}/admin/`, { headers: { cookie } })).text()).toContain('没有通过数据检查');
    expect(await status('/buildings/22/')).toBe(200);

    // The maintainer fixes it and renames a landmark in the same push: checked, built, live.
    writeFileSync(buildings, before);
    const landmarksFile = join(clone, 'data/landmarks.geojson');
    writeFileSync(landmarksFile, readFileSync(landmarksFile, 'utf8').replace('"zh-CN":"爱宠部落"', '"zh-CN":"爱宠部落（新名字）"'));
    git(clone, 'commit', '-qam', 'Fix b22; rename the pet area');
    git(clone, 'push', '-q', 'origin', 'HEAD:main');
    expect(await waitFor(async () => (await (await fetch(`${server.url}/landmarks/`)).text()).includes('爱宠部落（新名字）'))).toBe(true);
    expect(await (await fetch(`${server.url}/admin/`, { headers: { cookie } })).text()).not.toContain('没有通过数据检查');
  }, 400_000);
});

describe('a failing rebuild', () => {
  it('keeps the live site, shows the error to the moderator, and retries', async () => {
    // A setting the build refuses: every rebuild of this server fails, as a broken deploy would. Each try waits its turn
    // on the checkout's build lock behind the other test file's rebuilds.
    const failing = await startServer({ ADMIN_PASSWORD: PASSWORD, MAP_TILES: 'broken-provider', PUBLISH_RETRY_MS: '500', SUBMIT_MIN_FILL_MS: '0' });
    try {
      const receipt = await sendStory(failing, { title: '失败的重建', body: '这个故事用来检查重建失败的时候网站会不会保持原样。', building: '30' });
      const db0 = failing.db();
      const { id } = db0.prepare('SELECT id FROM submissions WHERE receipt = ?').get(receipt) as { id: number };
      db0.close();
      const c = await signIn(failing.url, { password: PASSWORD });
      const approved = await fetch(`${failing.url}/admin/submissions/${id}/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ action: 'approve' }), headers: { origin: failing.url, cookie: c, 'content-type': 'application/x-www-form-urlencoded' } });
      expect(approved.status).toBe(303);
      expect(await waitFor(() => {
        const db = failing.db();
        try { return (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'publish-failed'").get() as { n: number }).n >= 2; } finally { db.close(); }
      }, 240_000)).toBe(true);
      const db = failing.db();
      const row = db.prepare('SELECT status, publish_error FROM submissions WHERE id = ?').get(id) as { status: string; publish_error: string };
      db.close();
      expect(row.status).toBe('approved');
      expect(row.publish_error).toContain('MAP_TILES must be');
      expect((await fetch(`${failing.url}/landmarks/resident-1/`)).status).toBe(404);
      expect((await fetch(`${failing.url}/landmarks/pet-tribe/`)).status).toBe(200);
      expect(await (await fetch(`${failing.url}/admin/submissions/${id}/`, { headers: { cookie: c } })).text()).toContain('MAP_TILES must be');
    } finally {
      await failing.stop();
    }
  }, 300_000);
});
