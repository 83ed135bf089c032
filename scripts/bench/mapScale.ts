import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { MapProps } from '../../src/browser/map/mapProps';
import { MAP_TEXT_KEYS } from '../../src/browser/map/mapText';
import { firstViewHtml } from '../../src/build/firstViewHtml';
import { jsonForScript } from '../../src/build/jsonForScript';
import { anchorOf } from '../../src/core/map/anchorOf';
import { pickMessages } from '../../src/i18n/translator';
import { BASE_MAP_COLOURS } from '../../src/core/style/baseMapColours';
import { STATUS_COLOURS } from '../../src/core/style/palette';
import { syntheticBuildings } from './syntheticCommunity';

export const SCALES = [1, 10, 100, 1000] as const;

/**
 * Writes the benchmark's pages into the built client folder (before the server starts): for each scale,
 * our map island fed a synthetic estate as the home page feeds it, in the home page's own frame (its SVG first view,
 * its one JSON data script and Astro's island scripts before the island, under the built home page's head as it is),
 * and a plain Leaflet page drawing the same GeoJSON — the floor; a plain Leaflet page drawing the real estate, the
 * floor of the home page itself; and the built home page with that plain Leaflet drawing in place of our scripts:
 * what the page itself costs.
 * All mark `map:drawn` alike.
 */
export async function writeMapPages(client: string): Promise<void> {
  const home = readFileSync(join(client, 'index.html'), 'utf8');
  const island = /<astro-island[^>]*component-url="[^"]*CommunityMap[^>]*>/.exec(home)![0];
  // The home page's head as it is (its inline scripts, styles, preloads and their order: a script after a stylesheet
  // waits for it), and what the home page puts between its map data and its island (Astro's island scripts).
  const head = /<head>([\s\S]*?)<\/head>/.exec(home)![1]!;
  const islandScripts = /<script type="application\/json" id="map-data">[\s\S]*?<\/script>([\s\S]*?)<astro-island/.exec(home)![1]!;
  const homeData = JSON.parse(/<script type="application\/json" id="map-data">([\s\S]*?)<\/script>/.exec(home)![1]!) as MapProps;
  const plainPage = (title: string, data: unknown) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/bench/leaflet/leaflet.css"><style>#map{height:68vh}</style></head><body><div id="map"></div><script type="application/json" id="data">${jsonForScript(data)}</script><script src="/bench/leaflet/leaflet.js"></script><script src="/bench/plain.js"></script></body></html>`;
  const dir = join(client, 'bench');
  mkdirSync(join(dir, 'leaflet'), { recursive: true });
  copyFileSync('node_modules/leaflet/dist/leaflet.js', join(dir, 'leaflet/leaflet.js'));
  copyFileSync('node_modules/leaflet/dist/leaflet.css', join(dir, 'leaflet/leaflet.css'));
  writeFileSync(join(dir, 'plain.js'), PLAIN_SCRIPT.replace('__COLOURS__', JSON.stringify(STATUS_COLOURS)).replace('__BASE__', JSON.stringify(BASE_MAP_COLOURS)));
  for (const scale of SCALES) {
    const { buildings, bounds } = syntheticBuildings(62 * scale, [120, 31.79]);
    const [[w, s], [e, n]] = bounds;
    const pad = 0.002;
    const boundary = { type: 'Feature' as const, id: 'boundary', geometry: { type: 'Polygon' as const, coordinates: [[[w - pad, s - pad], [e + pad, s - pad], [e + pad, n + pad], [w - pad, n + pad], [w - pad, s - pad]]] as [number, number][][] }, properties: { kind: 'boundary' as const, name: { 'zh-CN': '示例', en: 'Sample' } } };
    for (const renderer of ['canvas', 'svg'] as const) {
      const props: MapProps = {
        lang: 'zh-CN', text: pickMessages('zh-CN', MAP_TEXT_KEYS), name: '基准测试', credit: 'synthetic',
        view: { bounds, minZoom: 6, maxZoom: 20, defaultZoom: 16 },
        base: { type: 'FeatureCollection', features: [boundary] }, buildings: { type: 'FeatureCollection', features: buildings },
        anchors: Object.fromEntries(buildings.map((b) => [b.id, anchorOf(b.geometry)])),
        landmarks: { type: 'FeatureCollection', features: [] }, stairwells: {}, cards: {}, buildingHref: '/buildings/{number}/', buildingsHref: '/buildings/',
        search: { buildings: buildings.map((b) => b.properties.number), stairwells: [], landmarks: [] }, tiles: null, renderer,
      };
      const slot = `<div class="map-slot">${firstViewHtml(props, 'bench')}<script type="application/json" id="map-data">${jsonForScript(props)}</script>${islandScripts}${island}</astro-island></div>`;
      writeFileSync(join(dir, `map-${scale}-${renderer}.html`), `<!doctype html><html lang="zh-CN"><head>${head.replace(/<title>[^<]*<\/title>/, `<title>bench ${scale}×</title>`)}</head><body><main id="main">${slot}</main></body></html>`);
      writeFileSync(join(dir, `plain-${scale}-${renderer}.html`), plainPage(`plain ${scale}×`, { renderer, bounds, base: props.base, buildings: props.buildings }));
    }
  }
  const homePlainData = { renderer: 'canvas', bounds: homeData.view.bounds, base: homeData.base, buildings: homeData.buildings };
  writeFileSync(join(dir, 'plain-home-canvas.html'), plainPage('plain home', homePlainData));
  // The built home page with plain Leaflet drawing in its map's box in place of our island, preloads and scripts.
  const floor = home.replace(/<link rel="modulepreload"[^>]*>/g, '').replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<astro-island[^>]*component-url="[^"]*CommunityMap[\s\S]*?<\/astro-island>/, '<div class="cm-map" data-bench-map></div>')
    .replace('</body>', `<script type="application/json" id="data">${jsonForScript(homePlainData)}</script><script src="/bench/leaflet/leaflet.js"></script><script src="/bench/plain.js"></script></body>`);
  writeFileSync(join(dir, 'floor-home-canvas.html'), floor);
}

const PLAIN_SCRIPT = `// The floor: plain Leaflet drawing the same GeoJSON, no framework.
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var colours = __COLOURS__;
  var base = __BASE__;
  var map = L.map(document.querySelector('[data-bench-map]') || 'map', { preferCanvas: data.renderer !== 'svg', minZoom: 6, maxZoom: 20 });
  map.fitBounds([[data.bounds[0][1], data.bounds[0][0]], [data.bounds[1][1], data.bounds[1][0]]]);
  L.geoJSON(data.base, { interactive: false, style: function () { return { color: base.boundary, weight: 2, fillColor: base.ground, fillOpacity: 1 }; } }).addTo(map);
  L.geoJSON(data.buildings, { style: function (f) { return { color: base.buildingOutline, weight: 1, fillColor: colours[f.properties.status], fillOpacity: 1 }; } })
    .on('click', function () {}).addTo(map);
  map.fitBounds([[data.bounds[0][1], data.bounds[0][0]], [data.bounds[1][1], data.bounds[1][0]]], { animate: false });
  requestAnimationFrame(function () { setTimeout(function () { performance.mark('map:drawn'); }, 0); });
})();
`;

export type DrawResult = { visibleMs: number; drawnMs: number; frameMedianMs: number; frameP95Ms: number };

/**
 * Loads a page in a fresh browser context and measures navigation → the map visible (first contentful paint
 * when the page ships a first view, else `map:drawn`: a plain Leaflet page shows nothing of the map before it
 * draws) and → `map:drawn`, then a pan's frame times.
 */
export async function measureDraw(browser: Browser, url: string, cpuSlowdown = 1): Promise<DrawResult> {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0, undefined, { timeout: 300_000, polling: 50 });
  const drawnMs = await page.evaluate(() => performance.getEntriesByName('map:drawn')[0]!.startTime);
  const fcp = (await page.evaluate(`(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime`)) as number | undefined;
  // Our pages (the home page and the island pages) carry the first view; the plain pages are a bare box.
  const hasFirstView = !url.includes('/bench/plain-');
  const visibleMs = hasFirstView && fcp !== undefined ? Math.min(fcp, drawnMs) : drawnMs;
  const map = page.locator('.leaflet-container').first();
  const box = (await map.boundingBox())!;
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    let last = performance.now();
    const tick = (t) => { window.frames_.push(t - last); last = t; if (window.frames_.length < 400) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) { await page.mouse.move(x + i * 8, y + i * 4); await page.waitForTimeout(16); }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = ((await page.evaluate('window.frames_')) as number[]).slice(1).sort((a, b) => a - b);
  await context.close();
  return { visibleMs, drawnMs, frameMedianMs: frames[Math.floor(frames.length / 2)] ?? 0, frameP95Ms: frames[Math.floor(frames.length * 0.95)] ?? 0 };
}
