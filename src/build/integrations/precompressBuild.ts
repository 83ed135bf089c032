import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompress } from '../../server/siteBuilds';

/** After every build, writes .br and .gz copies of the static files, which the server sends as they are. */
export function precompressBuild(): AstroIntegration {
  let client: URL | undefined;
  return {
    name: 'precompress-build',
    hooks: {
      'astro:config:done': ({ config }) => { client = config.build.client; },
      'astro:build:done': () => { if (client) precompress(fileURLToPath(client)); },
    },
  };
}
