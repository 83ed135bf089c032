import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** How often a build waiting for another server's build looks again. */
const POLL_MS = 500;
/** How long a lock file without a process id (not one this code writes: it links the lock in whole) may stay before it counts as left behind. */
const EMPTY_LOCK_MS = 10_000;

/**
 * One `astro build` at a time per code checkout, across processes. Astro writes its generated modules into the
 * checkout's `.astro/` whatever the output folder, so two servers sharing a checkout (tests do; a second
 * community on one machine might) must not build at the same moment, or one build reads the other's content
 * modules and fails. Takes the lock file (holding this process's id, put in place whole), waiting while a live
 * process holds it; a lock left by a process that is gone, or one without a process id older than 10 s, is taken
 * over, so one crash never stops publishing for good. Gives a function that releases it.
 */
export async function takeBuildLock(path: string): Promise<() => void> {
  for (;;) {
    if (placeLock(path)) return () => rmSync(path, { force: true });
    const held = readLock(path);
    if (!held) continue; // released between the two looks: try again at once
    if (!holderAlive(held)) removeStale(path, held.text);
    else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Puts the lock at `path` with this process's id already in it (written to a file of its own, then hard-linked in, so
 * no one ever reads a half-made lock); false when a lock is there.
 */
function placeLock(path: string): boolean {
  const own = `${path}.${process.pid}.${randomUUID()}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

type Held = { text: string; pid: number; ageMs: number };

/** The lock there now, or undefined when there is none (it was released). */
function readLock(path: string): Held | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, pid: Number(text), ageMs: Date.now() - statSync(path).mtimeMs };
  } catch (error) {
    // Any other failure (a lock file no one may read) is a fault of the setup, not a reason to spin.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function holderAlive({ pid, ageMs }: Held): boolean {
  if (!pid) return ageMs < EMPTY_LOCK_MS;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the lock judged stale, and only that one: another waiter may have replaced it since it was read. The lock is
 * moved aside first (one mover wins); a lock that turns out not to be the stale one is put back.
 */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.stale.${process.pid}.${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved or released it
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleText) linkSync(aside, path);
  } catch {
    // A third waiter placed a lock in between: three at once on one stale lock, rarer than this code can mend.
  } finally {
    rmSync(aside, { force: true });
  }
}
