import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { axeViolations } from '../support/axe';

/** A phone photo of the wall on disk: a 2400×1600 JPEG, shrunk by the page before it is sent. */
async function wallPhoto(): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/mural-photo.jpg';
  writeFileSync(path, await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#3f8f4f' } }).jpeg({ quality: 90 }).toBuffer());
  return path;
}

const strip = (page: Page) => page.getByRole('region', { name: '照片和图画' });

test('mural 3 shows a swipeable gallery with alt texts, who painted it, and its state; no framework JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/landmarks/checkin-03/');
  const pictures = strip(page).getByRole('img');
  await expect(pictures).toHaveCount(2);
  await expect(pictures.nth(0)).toHaveAttribute('alt', /亲子井盖花园示意插图/);
  await expect(pictures.nth(1)).toHaveAttribute('alt', /一条红色和一条黄色的小鱼/);
  await expect(strip(page).getByText('来自：亲子家庭')).toBeVisible();
  await expect(page.getByText('共 2 张，左右滑动查看')).toBeVisible();
  // Swiping: the strip scrolls sideways and snaps; the second picture comes fully into view.
  expect(await strip(page).evaluate((el) => getComputedStyle(el).scrollSnapType)).toBe('x mandatory');
  await strip(page).focus();
  await page.keyboard.press('ArrowRight');
  await strip(page).evaluate((el) => el.scrollBy({ left: el.clientWidth, behavior: 'instant' }));
  await expect(pictures.nth(1)).toBeInViewport({ ratio: 0.9 });
  expect(await pictures.nth(1).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  const facts = page.getByRole('region', { name: '这幅画' });
  await expect(facts.getByRole('definition').nth(0)).toHaveText('亲子家庭');
  await expect(facts.getByRole('definition').nth(1)).toHaveText('没有记录');
  await expect(facts.getByRole('definition').nth(2)).toHaveText('完好 2021年8月的记录');
  expect(await page.locator('astro-island').count()).toBe(0);

  // In English, the roles and dates speak English.
  await page.goto('/en/landmarks/checkin-03/');
  await expect(page.getByRole('region', { name: 'About the painting' }).getByRole('definition').nth(0)).toHaveText('parents and children');
  await expect(page.getByRole('region', { name: 'About the painting' }).getByRole('definition').nth(2)).toHaveText('In good condition as recorded in August 2021');
  await expect(page.getByRole('link', { name: 'Add a photo of this place' })).toHaveAttribute('href', '/en/submit/?photo=checkin-03');
});

test('a landmark without a gallery keeps its one picture and says nothing about painting when nothing is recorded', async ({ page }) => {
  await page.goto('/landmarks/bench-14/');
  await expect(page.getByRole('main').getByRole('img')).toHaveCount(1);
  await expect(page.getByRole('region', { name: '这幅画' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '给这里添加一张照片' })).toHaveAttribute('href', '/submit/?photo=bench-14');
});

test('the map\'s details sheet shows the first picture small, loaded only when the sheet opens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?focus=checkin-03');
  const img = page.locator('.cm-sheet').getByRole('img');
  await expect(img).toHaveAttribute('alt', /亲子井盖花园示意插图/);
  await expect(img).toHaveAttribute('loading', 'lazy');
  const box = (await img.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(160);
  expect(box.width).toBeGreaterThan(80);
});

test.describe('adding a photo to a place', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
  test.setTimeout(120_000);

  test('a resident adds a photo to mural 3 from its page; a failed send keeps the draft; the moderator sees the photo with its place and description', async ({ page, context, browser }) => {
    await page.goto('/landmarks/checkin-03/');
    await page.getByRole('link', { name: '给这里添加一张照片' }).click();
    await expect(page).toHaveURL(/\/submit\/\?photo=checkin-03$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('给「亲子井盖花园」添加照片');
    await page.getByLabel('照片（必填）').setInputFiles(await wallPhoto());
    await expect(page.getByText(/照片已缩小到 \d+ KB/)).toBeVisible();
    const alt = '雨后的井盖花园，一个井盖上画着两条小鱼，旁边的井盖画着彩虹。';
    await page.getByLabel('照片里有什么？').fill(alt);
    await page.getByLabel(/我同意公开这张照片/).check();

    // The network drops as it is sent: nothing is lost, and after a reload the draft (text and photo) is back.
    await context.setOffline(true);
    await page.getByRole('button', { name: '提交照片' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '没有发出去：网络好像断了。草稿还在' })).toBeVisible();
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByText('已恢复上次没写完的草稿。')).toBeVisible();
    await expect(page.getByLabel('照片里有什么？')).toHaveValue(alt);
    await expect(page.getByText(/照片已缩小到 \d+ KB/)).toBeVisible();
    // The photo draft is its own: the story form's draft is untouched.
    expect(await page.evaluate(() => localStorage.getItem('submit-draft:zh-CN'))).toBeNull();

    await page.getByRole('button', { name: '提交照片' }).click();
    await expect(page).toHaveURL(/\/submit\/status\/[0-9A-Z]{20}\/\?sent=1$/);
    await expect(page.getByText('正在等待社工审核。')).toBeVisible();

    const moderator = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await moderator.goto('/admin/login/');
    await moderator.getByLabel('名字').fill('admin');
    await moderator.getByLabel('密码').fill(TEST_ADMIN_PASSWORD);
    await moderator.getByRole('button', { name: '登录' }).click();
    await moderator.goto('/admin/');
    await moderator.getByRole('link', { name: /亲子井盖花园.*照片/ }).first().click();
    await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('给「亲子井盖花园」的照片');
    const photo = moderator.getByRole('img', { name: alt });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(moderator.getByLabel('居民写的描述（替代文字）').first()).toHaveValue(alt);
    await expect(moderator.getByRole('link', { name: '亲子井盖花园' })).toHaveAttribute('href', '/landmarks/checkin-03/');
    await expect(moderator.getByRole('button', { name: '通过并发布' })).toBeVisible();
  });

  test('a photo link for a place that is not on the map says so instead of a form', async ({ page }) => {
    await page.goto('/en/submit/?photo=no-such-place');
    await expect(page.getByRole('alert')).toHaveText('This place is no longer on the map, so photos can no longer be added to it.');
    await expect(page.getByRole('button', { name: 'Send the photo' })).toHaveCount(0);
  });
});

test('axe finds no violation on the gallery page and the photo form, in normal and elder mode, Chinese and English', async ({ page }) => {
  test.setTimeout(120_000);
  for (const elder of [false, true]) {
    if (elder) await page.addInitScript(() => localStorage.setItem('elder-mode', 'on'));
    for (const path of ['/landmarks/checkin-03/', '/en/landmarks/checkin-10/', '/submit/?photo=checkin-03', '/en/submit/?photo=checkin-03']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (elder) await expect(page.locator('html')).toHaveClass(/elder/);
      expect((await axeViolations(page)).map((v) => `${path} ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  }
});

test.describe('another community', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.tiny}` });

  test('a mural that is gone says so clearly, above its old picture, with when it was last seen', async ({ page }) => {
    await page.goto('/en/landmarks/mural-b/');
    await expect(page.getByRole('note')).toHaveText('Gone This painting is gone. The pictures below show how it used to look.');
    const facts = page.getByRole('region', { name: 'About the painting' }).getByRole('definition');
    await expect(facts).toHaveText(['residents', '2019', 'Gone as recorded in May 2024']);
    await page.goto('/landmarks/mural-a/');
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.getByRole('region', { name: '这幅画' })).toHaveCount(0);
  });
});
