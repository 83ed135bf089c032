/**
 * `npm start`: the whole site on its embedded defaults. Makes the content store on the first run (a git
 * repository in the data folder, seeded from the shipped `data/` + `content/` or `COMMUNITY_DIR`), builds the
 * site from the store's latest commit (so a fresh checkout of the code serves everything moderators have
 * published), makes that build live, and starts the server (`scripts/serve.mjs`) on 127.0.0.1:4321.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { dataDir } from '../src/storage/dataDir';
import { switchLiveBuild } from '../src/server/liveBuild';
import { ensureStore, exportSnapshot, storeHead } from '../src/server/store/communityStore';

const outDir = resolve(process.env.OUT_DIR || 'dist');
if (process.env.NODE_ENV === 'production' && !process.env.SITE_URL) {
  console.warn('SITE_URL is not set: canonical links, share previews and posters will point at http://127.0.0.1:4321. Set SITE_URL=https://your.site');
}
const store = await ensureStore();
const commit = await storeHead();
const source = join(dataDir(), 'site', 'source');
await exportSnapshot(commit, source);
console.log(`Building the site from the content store ${store} at ${commit.slice(0, 10)} …`);
// Through the checkout's build lock, as the server's rebuilds: another server on this checkout may be building.
const build = spawnSync(process.execPath, ['src/server/lockedBuild.mjs'], {
  stdio: 'inherit', env: { ...process.env, COMMUNITY_DIR: source, BUILD_COMMIT: commit, OUT_DIR: outDir },
});
if (build.status !== 0) process.exit(build.status ?? 1);
switchLiveBuild(outDir);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
