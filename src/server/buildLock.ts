import Database from 'better-sqlite3';

/** How often a build waiting for another build looks again. */
const POLL_MS = 500;

/**
 * One `astro build` at a time per code checkout, across processes. Astro writes its generated modules into the
 * checkout's `.astro/` whatever the output folder, so two servers sharing a checkout (tests do; a second
 * community on one machine might) must not build at the same moment, or one build reads the other's content
 * modules and fails.
 *
 * The lock is an exclusive transaction on an empty SQLite file at `path` (it holds no data: the site's database is
 * `src/server/db.ts`'s). The operating system's file lock under it goes with the process that held it, however that
 * process ends, so a crash never leaves a lock behind and no waiter ever has to judge one stale (judging by process
 * ids and file ages let two of three waiters on a dead holder's lock build at once). Waits while another
 * connection, in this process or another, holds it. Gives a function that releases it.
 */
export async function takeBuildLock(path: string): Promise<() => void> {
  const db = new Database(path, { timeout: 0 });
  try {
    for (;;) {
      try {
        db.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return () => {
    if (!db.open) return;
    db.exec('ROLLBACK');
    db.close();
  };
}
