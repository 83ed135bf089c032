// Plain JavaScript so that src/server/lockedBuild.mjs (run by Node as it is) and the tests take the one lock by one rule.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

/** Folder (in the code checkout, where the built server code finds node_modules) of rebuilt sites; git ignores it. */
export const BUILDS_DIR = '.site-builds';

/**
 * The checkout's build lock: every `astro build` made while servers or tests may be building takes it.
 * @param {string} [checkout] the code checkout (default: the working directory)
 * @returns {string}
 */
export const checkoutBuildLock = (checkout = process.cwd()) => join(checkout, BUILDS_DIR, 'build.lock.sqlite');

/** How often a build waiting for another build looks again. */
const POLL_MS = 500;
/** A wait this long is said in the log (a build takes a minute or two). */
const WARN_AFTER_MS = 30_000;
/** A wait this long ends in an error the moderators see: longer than any build. */
const GIVE_UP_MS = 30 * 60_000;

/**
 * One `astro build` at a time per code checkout, across processes. Astro writes its generated modules into the
 * checkout's `.astro/` whatever the output folder, so two servers sharing a checkout (tests do; a second
 * community on one machine might) must not build at the same moment, or one build reads the other's content
 * modules and fails.
 *
 * The lock is an exclusive transaction on an empty SQLite file at `path` (it holds no data: the site's database is
 * `src/server/database.ts`'s). The operating system's file lock under it goes with the process that held it, however
 * that process ends, so a crash never leaves a lock behind and no waiter ever has to judge one stale (judging by
 * process ids and file ages let two of three waiters on a dead holder's lock build at once). The process that builds
 * holds it (`lockedBuild.mjs`), so the lock lasts exactly as long as the build. It needs a file system with POSIX file
 * locks: keep the checkout on a local disk.
 *
 * Waits while another connection, in this process or another, holds it: said in the log after 30 s, given up with
 * an error after `giveUpMs` (a hung build, or a file system that refuses file locks). Gives a function that
 * releases it.
 * @param {string} path the lock file
 * @param {number} [giveUpMs]
 * @returns {Promise<() => void>}
 */
export async function takeBuildLock(path, giveUpMs = GIVE_UP_MS) {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 0 });
  const since = Date.now();
  let told = false;
  try {
    for (;;) {
      try {
        db.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error).code !== 'SQLITE_BUSY') throw error;
        const waited = Date.now() - since;
        if (waited >= giveUpMs) {
          throw new Error(`Gave up after ${Math.round(waited / 1000)} s waiting for the build lock ${path}: another build on this checkout still holds it, or its file system has no file locks.`);
        }
        if (!told && waited >= WARN_AFTER_MS) {
          told = true;
          console.warn(`Waiting for the build lock ${path}: another build on this checkout holds it.`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
  } catch (error) {
    db.close();
    throw error;
  }
  // Closing the connection ends its transaction and lets the lock go.
  return () => { if (db.open) db.close(); };
}
