import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { sendStory } from '../support/sendStory';
import { signIn } from '../support/signIn';
import { waitFor } from '../support/waitFor';

const PASSWORD = 'backup-test-pass';
const hashes = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort().map((n) => [n, createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')]) : []);
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();


/** The builds a server made live (they live in the code checkout, like any deployment's). */
function liveBuildOf(server: RunningServer): string | undefined {
  const pointer = join(server.dataDir, 'site/current');
  return existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : undefined;
}

describe('what the data folder keeps', () => {
  it('a backup holds the database, photos, content store and check-in secret; restored into an empty folder, or served by a fresh checkout of the code, the site is the same', async () => {
    const server = await startServer({ ADMIN_PASSWORD: PASSWORD, SUBMIT_RATE_LIMIT: '1000/60', SUBMIT_MIN_FILL_MS: '0' });
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#a44' } }).jpeg().toBuffer();
    const receipts: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      receipts.push(await sendStory(server, { title: `备份测试 ${i}`, body: '这个故事用来检查备份和恢复是否完整，一个字都不能少。', building: '12', contact: 'contact-secret-xyz' }, i === 1 ? photo : undefined));
    }
    // One is published (with its photo), so the content store differs from the shipped folder.
    const cookie = await signIn(server.url, { password: PASSWORD });
    const db0 = server.db();
    const { id } = db0.prepare('SELECT id FROM submissions WHERE receipt = ?').get(receipts[1]) as { id: number };
    db0.close();
    const approved = await fetch(`${server.url}/admin/submissions/${id}/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ action: 'approve' }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(approved.status).toBe(303);
    expect(await waitFor(async () => (await fetch(`${server.url}/landmarks/resident-1/`)).status === 200)).toBe(true);
    const story = await (await fetch(`${server.url}/landmarks/resident-1/`)).text();
    expect(story).toContain('备份测试 1');

    // The check-in secret the site was built with is the data folder's (the build made it there).
    const target = mkdtempSync(join(tmpdir(), 'cailing-backups-'));
    const said = execFileSync('node_modules/.bin/tsx', ['scripts/backup.ts', target], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' });
    expect(said).toContain('1 photo(s)');
    expect(said).toContain('the content store');
    expect(server.output()).not.toContain('contact-secret-xyz');
    const head = git(join(server.dataDir, 'community'), 'rev-parse', 'HEAD');
    const build = liveBuildOf(server)!;
    await server.stop();
    const backup = join(target, readdirSync(target)[0]!);

    // 1. Restored into an empty folder: copy the backup's contents in, start, and the same site comes back.
    const restoredDir = mkdtempSync(join(tmpdir(), 'cailing-restored-'));
    cpSync(backup, restoredDir, { recursive: true });
    // 2. A fresh checkout of the code with the same data folder: its builds are gone, only the data folder is left.
    rmSync(build, { recursive: true, force: true });
    const [restored, fresh] = await Promise.all([startServer({}, restoredDir), startServer({}, server.dataDir)]);
    try {
      for (const s of [restored, fresh]) {
        expect(git(join(s.dataDir, 'community'), 'rev-parse', 'HEAD')).toBe(head);
        expect(await waitFor(async () => (await fetch(`${s.url}/landmarks/resident-1/`)).status === 200)).toBe(true);
        expect(await (await fetch(`${s.url}/landmarks/resident-1/`)).text()).toContain('备份测试 1');
        for (const [i, receipt] of receipts.entries()) {
          expect(await (await fetch(`${s.url}/submit/status/${receipt}/`)).text()).toContain(`备份测试 ${i}`);
        }
      }
      expect(readFileSync(join(restoredDir, 'checkin-secret.txt'), 'utf8')).toBe(readFileSync(join(server.dataDir, 'checkin-secret.txt'), 'utf8'));
      // The same check-in pages: built with the same secret, they carry the same code hashes.
      const page = async (s: RunningServer) => (await (await fetch(`${s.url}/checkin/checkin-05/`)).text()).match(/[0-9a-f]{64}/g);
      expect(await page(restored)).toEqual(await page(fresh));
      expect(hashes(join(restoredDir, 'uploads'))).toEqual(hashes(join(server.dataDir, 'uploads')));
      const db = restored.db();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n).toBe(3);
      db.close();
    } finally {
      await Promise.all([restored.stop(), fresh.stop()]);
    }
  }, 600_000);
});
