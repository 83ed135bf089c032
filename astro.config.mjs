// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { checkCommunityData } from './src/integrations/checkCommunityData';

// Pages are prerendered (static); only the submission and moderation routes opt out with `prerender = false`.
export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  // React's API, Preact's runtime: react-leaflet runs through preact/compat.
  integrations: [preact({ compat: true }), checkCommunityData()],
  server: { host: '127.0.0.1', port: 4321 },
  // OUT_DIR lets tests build a second community (COMMUNITY_DIR) beside the main one.
  outDir: process.env.OUT_DIR || 'dist',
  // Each community keeps its own content cache, so building one never serves the other's entries.
  cacheDir: process.env.COMMUNITY_DIR ? `node_modules/.astro-${process.env.COMMUNITY_DIR.replace(/[^a-z0-9]+/gi, '-')}` : undefined,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
