import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCommunity } from '../../src/lib/checks/checkCommunity';
import { formatProblem } from '../../src/lib/checks/problem';
import { readCommunitySource } from '../../src/node/readCommunitySource';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { formTokenFromPage } from '../support/submissionToken';

/** A copy of this community's data and content, so approving writes there and never into the repository. */
function communityCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cailing-community-'));
  cpSync('data', join(dir, 'data'), { recursive: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  return dir;
}

async function submitAndApprove(server: RunningServer, title: string) {
  const body = new FormData();
  const fields = { lang: 'zh-CN', title, body: '两幢楼之间的小空地上，邻居们一起种了一片向日葵。夏天花开的时候特别好看。', kind: 'other', building: '30', consent: 'yes', website: '', formToken: await formTokenFromPage(server.url) };
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  const sent = await fetch(`${server.url}/api/submissions`, { method: 'POST', body, headers: { origin: server.url, accept: 'application/json' } });
  const { receipt } = (await sent.json()) as { receipt: string };
  const login = await fetch(`${server.url}/admin/login/`, { method: 'POST', redirect: 'manual', headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'password=pub-test-pass' });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const db = server.db();
  const { id } = db.prepare('SELECT id FROM submissions WHERE receipt = ?').get(receipt) as { id: number };
  db.close();
  const form = new URLSearchParams({ action: 'approve', title, 'title-en': 'Sunflower Patch', 'body-en': 'Between two buildings, neighbours planted a patch of sunflowers together.' });
  const approved = await fetch(`${server.url}/admin/submissions/${id}/`, { method: 'POST', redirect: 'manual', headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  expect(approved.status).toBe(303);
  return { receipt, id, cookie };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

let server: RunningServer | undefined;
afterEach(async () => { await server?.stop(); server = undefined; });

describe('approving a story', () => {
  it('writes valid plain content files, rebuilds in the background, and the page appears without a restart', async () => {
    const community = communityCopy();
    server = await startServer({ COMMUNITY_DIR: community, ADMIN_PASSWORD: 'pub-test-pass', SUBMIT_RATE_LIMIT: '100/60', SUBMIT_MIN_FILL_MS: '0' });
    const { receipt } = await submitAndApprove(server, '向日葵小空地');
    const landmarks = readFileSync(join(community, 'data/landmarks.geojson'), 'utf8');
    expect(landmarks).toContain('"id":"resident-1"');
    expect(readFileSync(join(community, 'content/stories/en/resident-1.md'), 'utf8')).toContain('title: Sunflower Patch');
    expect(existsSync(join(community, 'content/images/resident-1.svg'))).toBe(true);
    expect(checkCommunity(readCommunitySource(community)).map(formatProblem)).toEqual([]);
    expect(await waitFor(async () => (await fetch(`${server!.url}/landmarks/resident-1/`)).status === 200, 170_000)).toBe(true);
    expect(await (await fetch(`${server.url}/en/landmarks/resident-1/`)).text()).toContain('Sunflower Patch');
    expect(await (await fetch(`${server.url}/`)).text()).toContain('resident-1');
    expect(await (await fetch(`${server.url}/submit/status/${receipt}/`)).text()).toContain('/landmarks/resident-1/');
  }, 200_000);

  it('keeps the live site when the rebuild fails, shows the error to the moderator, and retries', async () => {
    const community = communityCopy();
    // A setting the build refuses: every rebuild of this server fails, as a broken deploy would.
    server = await startServer({ COMMUNITY_DIR: community, ADMIN_PASSWORD: 'pub-test-pass', MAP_TILES: 'broken-provider', PUBLISH_RETRY_MS: '500', SUBMIT_MIN_FILL_MS: '0' });
    const { id, cookie } = await submitAndApprove(server, '失败的重建');
    expect(await waitFor(async () => {
      const db = server!.db();
      const failures = (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'publish-failed'").get() as { n: number }).n;
      db.close();
      return failures >= 2;
    }, 120_000)).toBe(true);
    const db = server.db();
    const row = db.prepare('SELECT status, publish_error FROM submissions WHERE id = ?').get(id) as { status: string; publish_error: string };
    db.close();
    expect(row.status).toBe('approved');
    expect(row.publish_error).toContain('MAP_TILES must be');
    expect((await fetch(`${server.url}/landmarks/resident-1/`)).status).toBe(404);
    expect((await fetch(`${server.url}/landmarks/pet-tribe/`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/admin/submissions/${id}/`, { headers: { cookie } })).text()).toContain('MAP_TILES must be');
  }, 150_000);
});
