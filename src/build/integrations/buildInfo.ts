import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { existingSecretFingerprint } from '../../storage/checkinSecret';
import { communityDir } from '../../community/communityDir';
import { codeHash, contentHash } from '../../community/contentHash';
import { BUILD_INFO, type BuildInfo } from '../../server/liveBuild';

/**
 * After a build, records in its server folder what it was made from (`build-info.json`): the content
 * store commit (`BUILD_COMMIT`, set by the publisher and `npm start`), a hash of the community's files, a hash of
 * the code that built it and the check-in secret's fingerprint. The server compares them with the store, the data
 * folder and the build it runs (`OUT_DIR`) at start, and rebuilds when the live site no longer shows what the store
 * holds or was built by other code (a deploy). The publisher adds its run (`serverRun`) once a build has finished: a
 * publish that brings back the files of such a build (an undo) makes it live again (src/server/keptBuild.ts).
 */
export function buildInfo(): AstroIntegration {
  let server: URL | undefined;
  return {
    name: 'build-info',
    hooks: {
      'astro:config:done': ({ config }) => { server = config.build.server; },
      'astro:build:done': () => {
        if (!server) return;
        const info: BuildInfo = {
          commit: process.env.BUILD_COMMIT || null,
          contentHash: contentHash(communityDir()),
          codeHash: codeHash(process.cwd()),
          secretFingerprint: existingSecretFingerprint() ?? null,
          builtAt: new Date().toISOString(),
        };
        writeFileSync(join(fileURLToPath(server), BUILD_INFO), `${JSON.stringify(info, null, 2)}\n`);
      },
    },
  };
}
