import { openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** How often a build waiting for another server's build looks again. */
const POLL_MS = 500;
/** How long a lock file may stay empty (made, its process id not yet written) before it counts as left by a crash. */
const EMPTY_LOCK_MS = 10_000;

/**
 * One `astro build` at a time per code checkout, across processes. Astro writes its generated modules into the
 * checkout's `.astro/` whatever the output folder, so two servers sharing a checkout (tests do; a second
 * community on one machine might) must not build at the same moment, or one build reads the other's content
 * modules and fails. Takes the lock file (holding this process's id), waiting while a live process holds it; a
 * lock left by a process that is gone, or left empty for 10 s (its process died between making and filling it), is
 * taken over, so one crash never stops publishing for good. Gives a function that releases it.
 */
export async function takeBuildLock(path: string): Promise<() => void> {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive(path)) {
      rmSync(path, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function holderAlive(path: string): boolean {
  let pid: number;
  let age: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false;
  }
  // Made but not yet filled in: give its writer a moment, not for ever.
  if (!pid) return age < EMPTY_LOCK_MS;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
