import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';

/** One page of each type, in the default language; each is also checked under /en/. */
const PAGE_TYPES = [
  '/', '/landmarks/', '/landmarks/checkin-05/', '/landmarks/pet-tribe/', '/buildings/', '/buildings/22/', '/trail/',
  '/checkin/checkin-05/', '/passport/', '/passport/verify/', '/submit/', '/submit/status/AAAAAAAAAAAAAAAAAAAA/', '/admin/login/',
];

/**
 * The page as a visitor meets it once it has settled: loaded, every island hydrated, a map (where there is one)
 * drawn and, on the home page, the rest of the map's parts loaded (its search box shows), two frames painted and the
 * main thread idle, so what the islands add after their first frame is checked too.
 */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]')
    && (!document.querySelector('astro-island[component-url*="LocationPicker"]') || Boolean(document.querySelector('.leaflet-container')))
    && (!document.querySelector('astro-island[component-url*="CommunityMap"]') || (performance.getEntriesByName('map:drawn').length > 0 && Boolean(document.querySelector('.cm-search-row')))));
  // Two frames first: building numbers are laid out and hidden under the controls in animation frames.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done, { timeout: 2000 })))));
}

async function violations(page: Page) {
  return (await axeViolations(page)).map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const elder of [false, true]) {
  test.describe(elder ? 'in elder mode' : 'in normal mode', () => {
    test.beforeEach(async ({ page }) => {
      if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    });
    for (const lang of ['', '/en']) {
      test(`axe finds no violation of any impact on every page type${lang ? ' in English' : ''}`, async ({ page }, info) => {
        test.setTimeout(120_000);
        const found: string[] = [];
        for (const path of PAGE_TYPES) {
          await page.goto(`${lang}${path}`);
          await settled(page);
          if (elder) await expect(page.locator('html')).toHaveClass(/elder/);
          found.push(...(await violations(page)).map((v) => `${lang}${path} ${v}`));
        }
        const shot = await page.screenshot({ fullPage: false });
        await info.attach(`${lang || '/zh'} ${elder ? 'elder' : 'normal'} phone`, { body: shot, contentType: 'image/png' });
        expect(found).toEqual([]);
      });
    }
  });
}

test('the axe check as run here fails a page with planted faults: a picture with no text, a button with no name', async ({ page }) => {
  await page.goto('/trail/');
  await settled(page);
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><button type="button"></button>'));
  expect((await axeViolations(page)).map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
});

test('Lighthouse accessibility is 100 on the map, a story, the trail and the submit page', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const { runLighthouse } = await import('../../scripts/bench/lighthouse');
  for (const path of ['/', '/landmarks/checkin-05/', '/trail/', '/submit/']) {
    const { accessibility } = await runLighthouse(`${baseURL}${path}`, ['accessibility']);
    expect(accessibility, path).toBe(100);
  }
});
