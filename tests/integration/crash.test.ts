import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/lib/startServer';
import { sendStory } from '../support/sendStory';
import { signIn } from '../support/signIn';
import { formTokenFromPage } from '../support/submissionToken';

const CLIENTS = 4;
const ROUNDS = 4;

/**
 * Crash safety, as SQLite tests itself: several clients send stories (some with photos) while the server is
 * killed with SIGKILL at a random moment, four times over. After each restart every story answered 201 must
 * be there, whole, once, with its photo matching its hash, and the database must pass integrity_check.
 */
describe('crash safety', () => {
  it('keeps every submission answered 201 through SIGKILL at random moments', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cailing-crash-'));
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#5a8' } }).jpeg().toBuffer();
    const acknowledged = new Map<string, { title: string; body: string; withPhoto: boolean }>();
    let sent = 0;
    let refusedOrLost = 0;
    // A seeded generator, so a failing run can be repeated.
    let seed = 20261129;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };

    for (let round = 0; round < ROUNDS; round += 1) {
      const server = await startServer({ SUBMIT_RATE_LIMIT: '100000/60', SUBMIT_MIN_FILL_MS: '0' }, dataDir);
      const formToken = await formTokenFromPage(server.url);
      let running = true;
      const client = async (c: number) => {
        for (let n = 0; running; n += 1) {
          const title = `r${round}c${c}n${n}`;
          const body = `第 ${round} 轮第 ${c} 位居民的第 ${n} 个故事，用来检查崩溃后数据是否完整。`;
          const withPhoto = n % 3 === 0;
          const form = new FormData();
          for (const [k, v] of Object.entries({ lang: 'zh-CN', title, body, kind: 'other', stairwell: '22-3', consent: 'yes', website: '', formToken })) form.append(k, v);
          if (withPhoto) form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'p.jpg');
          sent += 1;
          try {
            const r = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: form, headers: { origin: server.url, accept: 'application/json' } });
            if (r.status === 201) acknowledged.set(((await r.json()) as { receipt: string }).receipt, { title, body, withPhoto });
            else refusedOrLost += 1;
          } catch {
            refusedOrLost += 1; // the server died mid-request: no 201, so nothing was promised
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
      await new Promise((r) => setTimeout(r, 300 + random() * 1200));
      await server.stop('SIGKILL');
      running = false;
      await Promise.all(clients);
    }

    const server = await startServer({}, dataDir);
    const db = server.db();
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT receipt, title, body, photo, photo_sha256 FROM submissions').all() as { receipt: string; title: string; body: string; photo: string | null; photo_sha256: string | null }[];
      const byReceipt = new Map(rows.map((r) => [r.receipt, r]));
      const titles = rows.map((r) => r.title);
      expect(new Set(titles).size).toBe(titles.length);
      let photos = 0;
      for (const [receipt, want] of acknowledged) {
        const row = byReceipt.get(receipt);
        expect(row, `receipt ${receipt} (${want.title}) answered 201`).toBeDefined();
        expect([row!.title, row!.body]).toEqual([want.title, want.body]);
        expect(Boolean(row!.photo)).toBe(want.withPhoto);
      }
      for (const row of rows.filter((r) => r.photo)) {
        const path = join(dataDir, 'uploads', row.photo!);
        expect(existsSync(path), row.photo!).toBe(true);
        expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(row.photo_sha256);
        photos += 1;
      }
      console.log(`crash test: ${ROUNDS} SIGKILLs, ${sent} sent, ${acknowledged.size} answered 201, ${refusedOrLost} cut off or refused, ${rows.length} rows (${photos} with photos), 0 lost, integrity_check ok`);
      expect(acknowledged.size).toBeGreaterThan(ROUNDS * 2);
    } finally {
      db.close();
      await server.stop();
    }
  }, 120_000);

  // Linux: it finds the build among the server's child processes, and its lock, in /proc.
  it.skipIf(process.platform !== 'linux')('a server killed outright in the middle of a rebuild takes its build, and the build lock, with it', async () => {
    const server = await startServer({ ADMIN_PASSWORD: 'crash-build-pass', SUBMIT_MIN_FILL_MS: '0', PUBLISH_QUIET_MS: '0' });
    try {
      const receipt = await sendStory(server, { title: '重建中途停电' });
      const cookie = await signIn(server.url, { password: 'crash-build-pass' });
      const db = server.db();
      const { id } = db.prepare('SELECT id FROM submissions WHERE receipt = ?').get(receipt) as { id: number };
      db.close();
      const approved = await fetch(`${server.url}/admin/submissions/${id}/`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ action: 'approve' }), headers: { origin: server.url, cookie, 'content-type': 'application/x-www-form-urlencoded' } });
      expect(approved.status).toBe(303);
      // The rebuild runs in lockedBuild.mjs, which takes the lock (once other test files' rebuilds let it go) and builds.
      let building: { pid: number } | undefined;
      for (const until = Date.now() + 240_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        const child = childrenOf(server.process.pid!).find((c) => c.command.includes('lockedBuild.mjs'));
        if (child && holdsWriteLock(child.pid)) { building = child; break; }
      }
      expect(building, 'the rebuild holds the build lock').toBeDefined();
      // Let Astro get going (it builds in that same process) before the server goes.
      await new Promise((r) => setTimeout(r, 1500));
      await server.stop('SIGKILL');
      // Its stdin pipe closes with the server, and it ends, the build lock it holds with it. (The old way, the server
      // held the lock and its build ran on without it until its next line of output.)
      const gone = Date.now();
      while (holdsWriteLock(building!.pid) && Date.now() - gone < 15_000) await new Promise((r) => setTimeout(r, 20));
      const took = Date.now() - gone;
      expect(took, 'the killed server\'s build let the lock go').toBeLessThan(15_000);
      await new Promise((r) => setTimeout(r, 100));
      expect(alive(building!.pid), `the build (pid ${building!.pid}) ran on without the lock after its server was killed`).toBe(false);
      console.log(`crash test: a killed server's build ended, and let the lock go, ${took} ms after it`);
    } finally {
      await server.stop('SIGKILL');
    }
  }, 300_000);
});

/** The processes whose parent is `pid`, with their command lines (from Linux's /proc). */
function childrenOf(pid: number): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) found.push({ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch { /* ended meanwhile */ }
  }
  return found;
}

/** The process holds a POSIX write lock (SQLite's exclusive lock) on some file (from Linux's /proc/locks). */
function holdsWriteLock(pid: number): boolean {
  return readFileSync('/proc/locks', 'utf8').split('\n').some((line) => {
    const [, kind, , mode, owner] = line.trim().split(/\s+/);
    return kind === 'POSIX' && mode === 'WRITE' && Number(owner) === pid;
  });
}

/** The process runs (it exists and is not a zombie waiting to be reaped). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
