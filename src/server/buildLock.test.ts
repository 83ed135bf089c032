import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutBuildLock, takeBuildLock } from './buildLock.mjs';

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

describe('lockedBuild.mjs (the build that holds the lock)', () => {
  /** An empty checkout: the script waits for its lock there, and finds no astro to run once it has it. */
  const checkout = () => mkdtempSync(join(tmpdir(), 'checkout-'));
  const script = resolve('src/server/lockedBuild.mjs');
  const ended = (child: ChildProcess) => new Promise<number | null>((r) => { if (child.exitCode !== null) r(child.exitCode); else child.once('exit', (code) => r(code)); });

  it('waits while another build holds the lock, and ends at once when the process that started it goes', async () => {
    const dir = checkout();
    const release = await takeBuildLock(checkoutBuildLock(dir));
    try {
      const build = spawn(process.execPath, [script, '--with-parent'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
      holders.push(build);
      expect(await within(1500, ended(build)), 'still waiting for the lock').toBeNull();
      build.stdin!.end(); // what the server's death does to the pipe
      expect(await within(3000, ended(build)), 'ended once its parent was gone').toBe(1);
    } finally {
      release();
    }
  }, 15_000);

  it('holds the lock for as long as the build runs, through garbage collections', async () => {
    const dir = checkout();
    // A stand-in for Astro: collects garbage (a real build collects many times), says so, and builds until killed.
    mkdirSync(join(dir, 'node_modules/astro'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/astro/astro.js'), "for (let i = 0; i < 5; i++) globalThis.gc(); console.log('building'); setInterval(() => {}, 1000);");
    const build = spawn(process.execPath, ['--expose-gc', script], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    holders.push(build);
    await new Promise<void>((resolve) => build.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 200));
    await expect(takeBuildLock(checkoutBuildLock(dir), 0), 'the lock, mid-build').rejects.toThrow(/build lock/);
    build.kill('SIGKILL');
    const after = await within(3000, takeBuildLock(checkoutBuildLock(dir)));
    expect(after, 'the lock once the build is gone').toBeTypeOf('function');
    after!();
  }, 15_000);

  it('says what went wrong in one line, and lets the lock go', async () => {
    const dir = checkout();
    const build = spawn(process.execPath, [script], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    build.stderr!.on('data', (b) => { said += b; });
    expect(await within(5000, ended(build))).toBe(1);
    expect(said.trim()).toBe(`astro not found at ${join(dir, 'node_modules/astro/astro.js')}`);
    const after = await within(1000, takeBuildLock(checkoutBuildLock(dir)));
    expect(after).toBeTypeOf('function');
    after!();
  }, 15_000);
});
