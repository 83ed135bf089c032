// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import AstroPWA from '@vite-pwa/astro';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import rehypeSanitize from 'rehype-sanitize';
import { appManifestText, communityForConfig, offlinePagePatterns, PAGE_CACHE } from './src/build/integrations/appManifest';
import { buildInfo } from './src/build/integrations/buildInfo';
import { communityCacheDir } from './src/build/communityCacheDir';
import { checkCommunityData } from './src/build/integrations/checkCommunityData';
import { contentSecurityPolicy } from './src/build/integrations/contentSecurityPolicy';
import { precacheWhatPagesUse } from './src/build/integrations/precacheWhatPagesUse';
import { precompressBuild } from './src/build/integrations/precompressBuild';
import { preloadModules } from './src/build/integrations/preloadModules';

// The community being built (COMMUNITY_DIR): its languages and its app name go into the web app manifest.
const community = communityForConfig();

// Pages are prerendered (static); only the submission and moderation routes opt out with `prerender = false`.
export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  output: 'static',
  // Middleware mode: scripts/serve.mjs is the HTTP server (static files from the live build, security
  // headers, compression) and hands the submission and moderation routes to Astro.
  adapter: node({ mode: 'middleware' }),
  // scripts/serve.mjs and src/middleware.ts check the origin of every state-changing request themselves,
  // for every content type, with a message in the user's language.
  security: { checkOrigin: false },
  // Stories are Markdown; whatever their source, no raw HTML, script URL or event attribute survives rendering.
  // Stories show exactly what was written: no quotes curled or dashes joined (a resident's "--" stays two hyphens).
  markdown: { rehypePlugins: [rehypeSanitize], smartypants: false },
  // React's API, Preact's runtime: react-leaflet runs through preact/compat. Its JSX transform (Babel) only for files
  // with JSX: plain TypeScript goes straight to esbuild (the same output, about 2 s less CPU per build).
  integrations: [
    preact({ compat: true, include: [/\.tsx$/] }),
    checkCommunityData(),
    preloadModules(),
    contentSecurityPolicy(),
    buildInfo(),
    // Offline after the first visit: the map, the trail, the 12 check-in pages and the passport (Workbox precache),
    // with only the scripts, styles and pictures they use (under 300 KB); everything else is cached as visited.
    AstroPWA({
      registerType: 'autoUpdate',
      // Registered by public/register-sw.js (OfflineSupport.astro): after the map's first frame, not at load.
      injectRegister: false,
      manifest: {
        ...(community && appManifestText(community)),
        start_url: '/trail/',
        display: 'standalone',
        background_color: '#fffdf8',
        theme_color: '#b3261e',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: [
          '_astro/*.{js,css,svg,webp,png,jpg}', 'favicon.svg', 'icons/*.png',
          ...offlinePagePatterns(community?.languages ?? []),
        ],
        navigateFallback: null,
        // Keep passport/index.html as the precache key: directoryIndex then serves /passport/ from it offline.
        manifestTransforms: [precacheWhatPagesUse(`${process.env.OUT_DIR || 'dist'}/client`)],
        // Control the page of the first visit at once, so the very next walk is already offline-safe.
        clientsClaim: true,
        skipWaiting: true,
        // Pages not precached (stories, buildings, other languages' walk) still work offline once seen, whatever their
        // query (a check-in QR's ?k=, a map link's ?focus=).
        runtimeCaching: [
          { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: PAGE_CACHE, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } } },
          // Hashed build files never change under their name: from the cache once seen.
          { urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'), handler: 'CacheFirst', options: { cacheName: 'assets', expiration: { maxEntries: 300 } } },
        ],
        ignoreURLParametersMatching: [/^k$/, /^focus$/, /^hide$/],
      },
    }),
    // Last: compresses every file the build and the integrations above wrote, the service worker included.
    precompressBuild(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // OUT_DIR lets tests build a second community (COMMUNITY_DIR) beside the main one.
  outDir: process.env.OUT_DIR || 'dist',
  // Each community keeps its own content cache, so building one never serves the other's entries.
  cacheDir: communityCacheDir(process.env.COMMUNITY_DIR),
  // Two pages at a time: a page's share card is a PNG that sharp renders off the main thread (~0.15 s each, 92 of
  // them on a first build, cached after), so two render at once. The built site is byte-identical; a first build
  // takes 29 s instead of 38 s on a 2-core machine.
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  // Leaflet's ES module build in place of its UMD one (see the file).
  vite: { resolve: { alias: [{ find: /^leaflet$/, replacement: fileURLToPath(new URL('./src/browser/map/leafletEsm.js', import.meta.url)) }] } },
});
