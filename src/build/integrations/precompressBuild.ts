import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCache } from '../buildCache';
import { precompress } from '../precompress';

/**
 * After every build, writes .br and .gz copies of the static files, which the server sends as they are.
 * Listed last in `astro.config.mjs`, so it also compresses what other integrations write when the build is
 * done (the service worker). Then drops build-cache entries no build has used for two weeks.
 */
export function precompressBuild(): AstroIntegration {
  let client: URL | undefined;
  return {
    name: 'precompress-build',
    hooks: {
      'astro:config:done': ({ config }) => { client = config.build.client; },
      'astro:build:done': async () => {
        if (client) await precompress(fileURLToPath(client));
        pruneCache();
      },
    },
  };
}
