import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeBuildLock } from './buildLock';

describe('takeBuildLock (one astro build at a time per checkout)', () => {
  it('makes a second build wait until the first releases the lock', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'build-lock-')), '.build.lock');
    const order: string[] = [];
    const releaseFirst = await takeBuildLock(lock);
    const second = takeBuildLock(lock).then((release) => { order.push('second took it'); release(); });
    await new Promise((r) => setTimeout(r, 700));
    order.push('first releases');
    releaseFirst();
    await second;
    expect(order).toEqual(['first releases', 'second took it']);
  });
  it('takes over a lock left by a process that is gone', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'build-lock-')), '.build.lock');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, gone);
    const release = await Promise.race([takeBuildLock(lock), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    expect(release).toBeTypeOf('function');
    release!();
  });
  it('waits on a lock just made and still empty, but takes over one left empty by a crash', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'build-lock-')), '.build.lock');
    writeFileSync(lock, '');
    const timeout = () => new Promise<null>((r) => setTimeout(() => r(null), 1500));
    const taking = takeBuildLock(lock);
    expect(await Promise.race([taking, timeout()])).toBeNull();
    // The same empty file, as a process that died a minute ago left it.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const release = await Promise.race([taking, timeout()]);
    expect(release).toBeTypeOf('function');
    release!();
  });
});
