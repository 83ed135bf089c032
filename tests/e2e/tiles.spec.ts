import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { expect, test, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import { holdRequests } from '../support/holdRequests';

// dist-tiles: this community built with MAP_TILES=custom pointing at tests/support/tileServer.mjs, MAP_TILE_DATUM=gcj02.
test.use({ baseURL: `http://127.0.0.1:${PORTS.tiled}` });

const summary = (page: Page) => page.locator('.cm-summary');
const metres = ([a, b]: number[], [c, d]: number[]) => Math.hypot((a! - c!) * 94_700, (b! - d!) * 110_900);

/** Where a screen point falls on the slippy-map tile grid, as [lng, lat], read from the tile image under it. */
async function lngLatOnTiles(page: Page, x: number, y: number): Promise<number[]> {
  const tiles = await page.locator('img.leaflet-tile-loaded').evaluateAll((imgs) => imgs.map((img) => {
    const r = img.getBoundingClientRect();
    return { src: (img as HTMLImageElement).src, x: r.x, y: r.y, w: r.width, h: r.height };
  }));
  const tile = tiles.find((t) => x >= t.x && x < t.x + t.w && y >= t.y && y < t.y + t.h);
  if (!tile) throw new Error(`no tile under ${x},${y}`);
  const [z, tx, ty] = /\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(tile.src)!.slice(1).map(Number) as [number, number, number];
  const n = 2 ** z;
  const fx = tx + (x - tile.x) / tile.w;
  const fy = ty + (y - tile.y) / tile.h;
  return [(fx / n) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * fy) / n))) * 180) / Math.PI];
}

test('configured tiles load under the embedded base map, and their attribution shows from the first paint, unchanged', async ({ page }) => {
  // The tiles come with the map's later parts (mapParts): held back until Leaflet's own first frame is looked at.
  const release = await holdRequests(page, /\/_astro\/mapParts\.[\w-]+\.js$/);
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  // The first view's credit already names the tiles, in the words the live map will show.
  const firstCredit = (await page.locator('.cm-static-credit .cm-static-js').textContent())!;
  expect(firstCredit).toContain('Test tiles © Cailing Map tests');
  await page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0);
  await expect(page.locator('.leaflet-control-attribution')).toHaveText(firstCredit);
  release();
  await expect(summary(page)).toHaveText('地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(2);
  await expect(page.locator('.leaflet-control-attribution')).toHaveText(firstCredit);
});

test('a GCJ-02 provider draws our WGS 84 data shifted onto its grid, while directions stay WGS 84', async ({ page }) => {
  const landmarks = JSON.parse(readFileSync('data/landmarks.geojson', 'utf8')) as { features: { id: string; geometry: { coordinates: number[] } }[] };
  const wgs = landmarks.features.find((f) => f.id === 'checkin-01')!.geometry.coordinates;
  const gcj = gcoord.transform(wgs as [number, number], gcoord.WGS84, gcoord.GCJ02);
  await page.goto('/');
  await expect(summary(page)).toHaveText('地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(2);
  const pin = (await page.locator('.cm-pin-checkin').first().boundingBox())!;
  const drawn = await lngLatOnTiles(page, pin.x + pin.width / 2, pin.y + pin.height / 2);
  expect(metres(drawn, gcj)).toBeLessThan(3);
  expect(metres(drawn, wgs)).toBeGreaterThan(300);
  await page.locator('.cm-pin-checkin').first().click();
  await expect(page.locator('.cm-sheet').getByRole('link', { name: '高德地图' })).toHaveAttribute('href', new RegExp(`position=${wgs[0]},${wgs[1]}&.*coordinate=wgs84`));
});

test('a tile server that fails leaves the embedded base map working', async ({ page }) => {
  await page.route(`http://127.0.0.1:${PORTS.tiles}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(summary(page)).toHaveText('地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await expect(page.locator('.cm-pin-checkin')).toHaveCount(12);
  await page.getByRole('searchbox').fill('22');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page.locator('.cm-sheet').getByRole('heading', { level: 2 })).toHaveText('22幢');
});
