// Plain JavaScript so that scripts/serve.mjs (run by Node as it is) and src/server/liveBuild.ts (bundled by
// Astro) find the server's own build and read the live-build pointer by one rule.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The build the server itself runs (`OUT_DIR`, default `dist/`): it renders the server-side pages, and is the live
 * build until the publisher makes another.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string} an absolute path
 */
export function firstBuildDir(env = process.env) {
  return resolve(env.OUT_DIR || 'dist');
}

/** File in `<data dir>/site/` naming the build the server serves (written after each successful build). */
export const SITE_POINTER = 'current';

/**
 * The pointer file of a data folder.
 * @param {string} dataDir absolute path of the private data folder (`DATA_DIR`, default `var/`)
 * @returns {string} e.g. `/srv/cailing/var/site/current`
 */
export function sitePointerFile(dataDir) {
  return join(dataDir, 'site', SITE_POINTER);
}

/**
 * The folder of the build to serve: the one the pointer names while that folder has a `client/` in it, else
 * `firstBuild` (`OUT_DIR`, default `dist/`). Also the pointer's modification time (0 without one), so a
 * caller that keeps a file handler per build can tell when the publisher switched builds.
 * @param {string} dataDir absolute path of the private data folder
 * @param {string} firstBuild absolute path of the build made by `npm run build`
 * @returns {{ dir: string, pointerMtimeMs: number }}
 * @example readLiveBuild('/srv/var', '/srv/dist') → { dir: '/srv/var/site/builds/2026-…', pointerMtimeMs: 1764… }
 */
export function readLiveBuild(dataDir, firstBuild) {
  const pointer = sitePointerFile(dataDir);
  if (!existsSync(pointer)) return { dir: firstBuild, pointerMtimeMs: 0 };
  const pointerMtimeMs = statSync(pointer).mtimeMs;
  const target = readFileSync(pointer, 'utf8').trim();
  return { dir: target && existsSync(join(target, 'client')) ? target : firstBuild, pointerMtimeMs };
}
