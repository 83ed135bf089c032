import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

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
  let log = '';
  // Port 0: the server takes a free port itself and names it. (Picking one here and passing it on lost a race now
  // and then: another test's server took it between the two, and this test talked to that server.)
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b) => { log += b; });
  child.stderr!.on('data', (b) => { log += b; });
  // Up to 30 s: a server starting while another test file's rebuild has both cores can be slow to answer.
  const until = Date.now() + 30_000;
  let url = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    url ||= /^Serving .* on (http:\/\/\S+:\d+)\/$/m.exec(log)?.[1] ?? '';
    try {
      if (url && (await fetch(`${url}/api/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer${url ? ` on ${url}` : ''} within 30 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = Number(new URL(url).port);
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
