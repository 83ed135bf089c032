// `node src/server/lockedBuild.mjs [--with-parent] [astro build's options]`, in the code checkout: `astro build`, holding
// the checkout's build lock for exactly as long as it runs. The publisher runs its rebuilds through it, and so do
// `npm run build`, `npm start`, `npm test`'s builds and tests that build beside running servers. The environment goes to
// the build as it is (OUT_DIR, COMMUNITY_DIR, BUILD_COMMIT, …).
//
// The build runs in this process, the process that holds the lock, so no build ever runs without it: however the build
// ends (done, failed, killed), the lock goes with it. With `--with-parent` it also ends as soon as the process that
// started it is gone (its stdin pipe closes), waiting or building: a server killed outright takes its build with it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutBuildLock, takeBuildLock } from './buildLock.mjs';

if (process.argv.includes('--with-parent')) {
  process.stdin.on('end', () => process.exit(1));
  process.stdin.on('error', () => process.exit(1));
  process.stdin.resume();
}

const checkout = process.cwd();
/** Lets the lock go. Kept for the life of the process: a lock connection nothing refers to is closed by the garbage
 * collector, mid-build. */
let release;
try {
  release = await takeBuildLock(checkoutBuildLock(checkout));
} catch (error) {
  // The moderators see this line as the failed build's reason.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
process.on('exit', release);
const astro = join(checkout, 'node_modules/astro/astro.js');
if (!existsSync(astro)) {
  console.error(`astro not found at ${astro}`);
  process.exit(1);
}
// Astro's own command line, as `astro build` runs it: it builds, says what failed, and ends the process.
process.argv = [process.execPath, astro, 'build', ...process.argv.slice(2).filter((a) => a !== '--with-parent')];
await import(pathToFileURL(astro).href);
