import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { existingSecretFingerprint } from '../../storage/checkinSecret';
import { communityDir } from '../../community/communityDir';
import { contentHash, filesHash } from '../../community/contentHash';
import { BUILD_INFO, type BuildInfo } from '../../server/liveBuild';

/** What a build's code is: the site's source, its static files, its settings and its locked dependencies. */
const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'] as const;

/**
 * After a build, records in its server folder what it was made from (`build-info.json`): the content
 * store commit (`BUILD_COMMIT`, set by the publisher and `npm start`), a hash of the community's files, a hash of
 * the code that built it and the check-in secret's fingerprint. The server compares them with the store, the data
 * folder and the build it runs (`OUT_DIR`) at start, and rebuilds when the live site no longer shows what the store
 * holds or was built by other code (a deploy).
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
          codeHash: filesHash(process.cwd(), CODE_PATHS),
          secretFingerprint: existingSecretFingerprint() ?? null,
          builtAt: new Date().toISOString(),
        };
        writeFileSync(join(fileURLToPath(server), BUILD_INFO), `${JSON.stringify(info, null, 2)}\n`);
      },
    },
  };
}
