import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type RunningServer = {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Opens the server's real SQLite file, read-only. */
  db: () => Database.Database;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Starts the real server (`scripts/serve.mjs` on the built site in dist/) on 127.0.0.1 with a fresh data
 * folder in a temp dir, and waits until it answers. `env` adds settings (rate limits, password, …).
 */
export async function startServer(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'cailing-data-'))): Promise<RunningServer> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b) => { log += b; });
  child.stderr!.on('data', (b) => { log += b; });
  const url = `http://127.0.0.1:${port}`;
  // Up to 30 s: a server starting while another test file's rebuild has both cores can be slow to answer.
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer on ${url} within 30 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, port, dataDir, process: child, output: () => log,
    db: () => new Database(join(dataDir, 'cailing.sqlite'), { readonly: true }),
    stop: (signal = 'SIGTERM') => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    }),
  };
}
