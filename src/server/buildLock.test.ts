import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { takeBuildLock, withBuildLock } from './buildLock';

const lockFile = () => join(mkdtempSync(join(tmpdir(), 'build-lock-')), 'build.lock.sqlite');
const within = <T>(ms: number, p: Promise<T>) => Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), ms))]);

/** Holder processes still running: each test's are killed after it, whatever it did. */
const holders: ChildProcess[] = [];
afterEach(() => { for (const h of holders.splice(0)) h.kill('SIGKILL'); });

/** Another process holding the lock (as a server's build would), until it is killed. */
async function holderProcess(path: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)}, { timeout: 0 });
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('held');
    setInterval(() => {}, 1000);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  holders.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return child;
}

describe('takeBuildLock (one astro build at a time per checkout)', () => {
  it('makes a second build wait until the first releases the lock', async () => {
    const lock = lockFile();
    const order: string[] = [];
    const releaseFirst = await takeBuildLock(lock);
    const second = takeBuildLock(lock).then((release) => { order.push('second took it'); release(); });
    await new Promise((r) => setTimeout(r, 700));
    order.push('first releases');
    releaseFirst();
    await second;
    expect(order).toEqual(['first releases', 'second took it']);
  }, 15_000);

  it('waits while another process builds, and takes the lock as soon as that process is gone, however it ended', async () => {
    const lock = lockFile();
    const holder = await holderProcess(lock);
    const taking = takeBuildLock(lock);
    expect(await within(1200, taking)).toBeNull();
    holder.kill('SIGKILL'); // a crash: no chance to release anything
    const release = await within(3000, taking);
    expect(release).toBeTypeOf('function');
    release!();
  }, 15_000);

  it('lets three waiters on a crashed holder\'s lock build one at a time', async () => {
    const lock = lockFile();
    const holder = await holderProcess(lock);
    let inside = 0;
    let most = 0;
    const build = async () => {
      const release = await takeBuildLock(lock);
      inside += 1;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 150));
      inside -= 1;
      release();
    };
    const waiters = [build(), build(), build()];
    await new Promise((r) => setTimeout(r, 300));
    holder.kill('SIGKILL');
    expect(await within(8000, Promise.all(waiters))).not.toBeNull();
    expect(most).toBe(1);
  }, 15_000);

  it('gives up with an error naming the lock when it is held too long (a hung build)', async () => {
    const lock = lockFile();
    await holderProcess(lock);
    await expect(takeBuildLock(lock, 600)).rejects.toThrow(/build lock .*build\.lock\.sqlite/);
  }, 15_000);

  it('withBuildLock gives the work\'s result and lets the lock go even when the work fails', async () => {
    const lock = lockFile();
    expect(await withBuildLock(() => 'built', lock)).toBe('built');
    await expect(withBuildLock(() => { throw new Error('the build failed'); }, lock)).rejects.toThrow('the build failed');
    const after = await within(1000, takeBuildLock(lock));
    expect(after).toBeTypeOf('function');
    after!();
  }, 15_000);

  it('releasing twice is harmless', async () => {
    const lock = lockFile();
    const release = await takeBuildLock(lock);
    release();
    release();
    const again = await within(1000, takeBuildLock(lock));
    expect(again).toBeTypeOf('function');
    again!();
  }, 15_000);
});
