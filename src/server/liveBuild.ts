import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDir } from '../storage/dataDir';
import { writeFileDurably } from '../storage/writeFileDurably';
import { firstBuildDir, readLiveBuild, sitePointerFile } from './liveBuildDir.mjs';

export { firstBuildDir, SITE_POINTER } from './liveBuildDir.mjs';

/** Written by every build into its `server/` folder (never served): what it was built from. */
export const BUILD_INFO = 'build-info.json';

/**
 * What a build was made from: the store commit (when built from the store; a kept build made live again names the
 * commit it now stands for), its content, its code (`codeHash`; missing in builds from before it was recorded),
 * check-in secret, and the run of the server whose publisher built it (`serverRun`: same run, same settings).
 */
export type BuildInfo = { commit: string | null; contentHash: string; codeHash?: string; secretFingerprint: string | null; serverRun?: string; builtAt: string };

const pointerFile = () => sitePointerFile(dataDir());

/** The community files the live build was made from (a copy of that store commit), kept after each good build. */
export function liveSourceDir(): string {
  return join(dataDir(), 'site', 'live-source');
}

/**
 * The folder of the build the server serves: the one the pointer names while it exists, else the first build
 * (`OUT_DIR`, default `dist/`). `scripts/serve.mjs` reads it with the same `readLiveBuild` for static files.
 */
export function liveBuildDir(env: NodeJS.ProcessEnv = process.env): string {
  return readLiveBuild(dataDir(), firstBuildDir(env)).dir;
}

/** Makes `dir` the live build (the server switches to it on its next request). */
export function switchLiveBuild(dir: string): void {
  writeFileDurably(pointerFile(), `${resolve(dir)}\n`);
}

/**
 * Whether the live build was made by other code than the server's own build (a deploy since): its pages are the old
 * ones. A live build from before code was recorded counts as other code; no live build or no record of the server's
 * own code, as the same.
 */
export function builtByOtherCode(live: BuildInfo | undefined, own: BuildInfo | undefined): boolean {
  return Boolean(live && own?.codeHash && live.codeHash !== own.codeHash);
}

/** Where a build folder keeps its build info. */
export function buildInfoFile(dir: string): string {
  return join(dir, 'server', BUILD_INFO);
}

/** Changes a build's recorded info (the publisher's: which run finished it, which commit it stands for), durably. */
export function updateBuildInfo(dir: string, change: Partial<BuildInfo>): void {
  const info = buildInfoOf(dir);
  if (info) writeFileDurably(buildInfoFile(dir), `${JSON.stringify({ ...info, ...change }, null, 2)}\n`);
}

/** The build info of a build folder, if it has one. */
export function buildInfoOf(dir: string): BuildInfo | undefined {
  const file = buildInfoFile(dir);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}
