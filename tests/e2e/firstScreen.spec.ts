import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { STATUS_COLOURS } from '../../src/core/style/palette';
import { axeViolations } from '../support/axe';
import { canvasColours } from '../support/canvasColours';

/**
 * Issue 13: on a phone the map is the first screen. These measure what a visitor sees in the first viewport:
 * the map's box clipped to the window (and, with the layers sheet open, to the part above the sheet).
 */
const PHONE = { width: 390, height: 844 };
const SHOTS = 'test-results/screenshots';

const map = (page: Page) => page.locator('.cm-map');
const summary = (page: Page) => page.locator('.cm-summary');

/** The part of `el` inside the window and above `bottom` (px from the window's top), as { width, height } in px. */
async function visible(page: Page, el: Locator, bottom?: number) {
  const box = (await el.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const top = Math.max(0, box.y);
  const end = Math.min(bottom ?? height, height, box.y + box.height);
  return { width: Math.max(0, Math.min(width, box.x + box.width) - Math.max(0, box.x)), height: Math.max(0, end - top) };
}

/** The share of the first window the map covers, 0–1. */
async function mapShare(page: Page) {
  const { width, height } = page.viewportSize()!;
  const v = await visible(page, map(page));
  return (v.width * v.height) / (width * height);
}


test.describe('on a 390×844 phone', () => {
  test.use({ viewport: PHONE });

  test('in the text list, a place whose name takes two lines has its bullet beside the first (English, elder mode)', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    await page.goto('/en/');
    const items = page.locator('[data-list="landmarks"] li');
    // The first entry whose name wraps, and its first line (the first letter's box).
    const index = await items.evaluateAll((lis) => lis.findIndex((li) => {
      const range = document.createRange();
      range.selectNodeContents(li.querySelector('a')!);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
    }));
    expect(index, 'an entry that wraps at 390 px in elder mode').toBeGreaterThanOrEqual(0);
    const item = items.nth(index);
    await item.scrollIntoViewIfNeeded();
    const first = await item.locator('a').evaluate((a) => {
      const text = [...a.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    // The bullet is drawn in the item's left padding: find its dark pixels there.
    const box = (await item.boundingBox())!;
    const clip = { x: 0, y: box.y, width: box.x - 1, height: box.height };
    const { data, info } = await sharp(await page.screenshot({ clip })).greyscale().raw().toBuffer({ resolveWithObject: true });
    const rows: number[] = [];
    for (let y = 0; y < info.height; y += 1) {
      for (let x = 0; x < info.width; x += 1) if (data[y * info.width * info.channels + x * info.channels]! < 100) { rows.push(y); break; }
    }
    expect(rows.length, 'the bullet is drawn').toBeGreaterThan(0);
    const bullet = box.y + (rows[0]! + rows.at(-1)!) / 2 / (info.height / box.height);
    expect(bullet, 'the bullet beside the first line').toBeGreaterThanOrEqual(first.top);
    expect(bullet).toBeLessThanOrEqual(first.bottom);
  });

  for (const elder of [false, true]) {
    for (const lang of ['zh', 'en']) {
      test(`the ${lang} home page opens on the map, search floating over its top edge${elder ? ', in elder mode' : ''}`, async ({ page }) => {
        if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
        await page.goto(lang === 'zh' ? '/' : '/en/');
        await expect(summary(page)).toHaveText(/62/);
        if (elder) await expect(page.locator('html')).toHaveClass(/elder/);
        const share = await mapShare(page);
        // Elder mode's header is bigger, but it too leaves the map at least half the first screen.
        expect(share, `map covers ${Math.round(share * 100)}% of the first screen`).toBeGreaterThanOrEqual(0.5);
        // The six main links take two rows, in English as in Chinese, even with elder mode's big text, each label on one line.
        const links = await page.getByRole('navigation', { name: lang === 'zh' ? '主导航' : 'Main' }).getByRole('link').evaluateAll((as) => as.map((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          return { top: Math.round(a.getBoundingClientRect().top), lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
        }));
        expect(links).toHaveLength(6);
        expect(new Set(links.map((l) => l.top)).size, 'rows of main links').toBeLessThanOrEqual(2);
        expect(links.map((l) => l.lines), 'lines of each label').toEqual([1, 1, 1, 1, 1, 1]);
        // The search box sits on the map, over its top edge.
        const mapBox = (await map(page).boundingBox())!;
        const searchBox = (await page.getByRole('search').boundingBox())!;
        expect(searchBox.y).toBeGreaterThanOrEqual(mapBox.y);
        expect(searchBox.y).toBeLessThan(mapBox.y + 24);
        await expect(page.getByRole('searchbox')).toBeInViewport();
        // The zoom buttons sit below the search (its English label takes two lines), not under it; in elder mode the
        // big buttons stand side by side, above the community, so the left end's buildings keep their numbers.
        const panel = (await page.locator('.cm-top').boundingBox())!;
        const zoom = (await page.locator('.leaflet-control-zoom').boundingBox())!;
        expect(zoom.y).toBeGreaterThanOrEqual(panel.y + panel.height);
        for (const n of ['1', '2', '9', '17']) await expect(page.locator('.cm-label-building span').getByText(n, { exact: true })).toBeVisible();
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/home-${lang}-${elder ? 'elder' : 'normal'}.png` });
      });
    }
  }

  test('the search box\'s examples are read whole on a 360 px phone, in both languages and in elder mode', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const elder of [false, true]) {
      for (const path of ['/', '/en/']) {
        await page.goto(path);
        await page.evaluate((on) => { if (on) localStorage.setItem('elder-mode', 'on'); else localStorage.removeItem('elder-mode'); }, elder);
        await page.reload();
        const box = page.getByRole('searchbox');
        await expect(box).toBeVisible();
        // The examples' width in their own font against the room inside the box.
        const { text, font, needs, room } = await box.evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const ctx = document.createElement('canvas').getContext('2d')!;
          const font = getComputedStyle(input, '::placeholder').font;
          ctx.font = font;
          return { text: input.placeholder, font, needs: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
        });
        expect(text).not.toBe('');
        // Measured in the examples' own font (in elder mode .8 of the 20 px typed there), not a canvas default.
        expect(font).toMatch(/^16px /);
        expect(needs, `"${text}" (${path}${elder ? ', elder mode' : ''}) fits its box`).toBeLessThanOrEqual(room);
      }
    }
  });

  test('in elder mode on a 360 px phone the large-text switch shares the language switch\'s row, its name whole for screen readers', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: '长辈模式（大字）' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle.locator('.elder-aside')).toBeHidden();
    const [lang, button] = [(await page.locator('.lang-switch').boundingBox())!, (await toggle.boundingBox())!];
    expect(Math.abs(lang.y + lang.height / 2 - (button.y + button.height / 2)), 'one row').toBeLessThan(4);
    expect(button.x + button.width).toBeLessThanOrEqual(360);
    // Off, it says what it does in full.
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveText('长辈模式（大字）');
    await expect(toggle.locator('.elder-aside')).toBeVisible();
    expect((await toggle.evaluate((b) => b.scrollWidth <= b.clientWidth))).toBe(true);
  });

  test('the layers sheet leaves the map in view, and a switch changes the map above it at once', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText('地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
    const button = page.getByRole('button', { name: '图层与图例' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const sheet = page.getByRole('region', { name: '图层与图例' });
    await expect(sheet).toBeVisible();
    // The sheet shows its own title; the button that opened it does not peek out from behind it.
    await expect(sheet.locator('.cm-panel-title')).toHaveText('图层与图例');
    await expect(button).toHaveCSS('opacity', '0');
    const sheetTop = (await sheet.boundingBox())!.y;
    expect(sheetTop, 'the sheet covers at most the lower 40%').toBeGreaterThanOrEqual(PHONE.height * 0.6 - 1);
    const { height } = await visible(page, map(page), sheetTop);
    expect(height, 'the map stays in view above the sheet').toBeGreaterThanOrEqual(PHONE.height * 0.4);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/home-zh-layers.png` });
    expect((await axeViolations(page)).map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), 'axe, with the sheet open').toEqual([]);

    expect((await canvasColours(page)).has(STATUS_COLOURS['not-yet'])).toBe(true);
    await sheet.getByRole('checkbox', { name: /尚未改造/ }).uncheck();
    await expect(summary(page)).toHaveText('地图上显示 9 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
    await expect.poll(async () => (await canvasColours(page)).has(STATUS_COLOURS['not-yet'])).toBe(false);
    await sheet.getByRole('checkbox', { name: /涂鸦打卡点/ }).uncheck();
    await expect(page.locator('.cm-pin-checkin')).toHaveCount(0);

    await sheet.getByRole('button', { name: '关闭图层' }).click();
    await expect(sheet).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('by keyboard: Enter opens the layers sheet, Tab reaches its switches, Escape closes it', async ({ page }) => {
    await page.goto('/en/');
    await expect(summary(page)).toHaveText(/62/);
    const button = page.getByRole('button', { name: 'Layers and legend' });
    await button.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('region', { name: 'Layers and legend' });
    await expect(sheet).toBeFocused();
    await page.keyboard.press('Tab'); // its close button
    await page.keyboard.press('Tab');
    await expect(sheet.getByRole('checkbox').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(summary(page)).not.toHaveText(/buildings: 62;/);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('opening the layers sheet closes the details sheet, and choosing a place closes the layers sheet', async ({ page }) => {
    await page.goto('/?focus=b22');
    await expect(page.locator('.cm-sheet')).toBeVisible();
    await page.getByRole('button', { name: '图层与图例' }).click();
    await expect(page.locator('.cm-sheet')).toHaveCount(0);
    await expect(page.getByRole('region', { name: '图层与图例' })).toBeVisible();
    await page.getByRole('searchbox').fill('14');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(page.locator('.cm-sheet h2')).toHaveText('14幢');
    await expect(page.getByRole('region', { name: '图层与图例' })).toBeHidden();
  });
});

test.describe('on a 1280×800 desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

  test('the map fills the width beside its layers panel', async ({ page }) => {
    await page.goto('/');
    await expect(summary(page)).toHaveText(/62/);
    const mapBox = (await map(page).boundingBox())!;
    expect(mapBox.width / 1280, 'map width share').toBeGreaterThanOrEqual(0.6);
    const panel = page.getByRole('region', { name: '图层与图例' });
    await expect(panel).toBeVisible();
    expect((await panel.boundingBox())!.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
    await expect(page.getByRole('button', { name: '图层与图例' })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: /涂鸦打卡点/ })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeInViewport();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/home-zh-desktop.png` });
  });
});
