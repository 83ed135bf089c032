import { expect, test } from '@playwright/test';

test('building 22: status, 3 stairwells with their entrances, and its landmarks', async ({ page }) => {
  await page.goto('/buildings/22/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('采菱公寓22幢');
  await expect(page.locator('.badge')).toHaveText('网红楼道（已改造并彩绘）');
  await expect(page.locator('dl.meta')).toContainText('3 个');
  await expect(page.locator('#stairwell-22-3')).toContainText('22幢3单元');
  await expect(page.getByRole('link', { name: '流动小板凳议事点' })).toHaveAttribute('href', '/landmarks/stool-meeting-22/');
  await page.getByRole('link', { name: /下一幢：23幢/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('采菱公寓23幢');
});

test('the buildings index lists all 62 by renovation status', async ({ page }) => {
  await page.goto('/en/buildings/');
  await expect(page.locator('.number-grid a')).toHaveCount(62);
  const renewed = page.locator('section', { has: page.getByRole('heading', { name: /Unit doors and lifts renewed/ }) });
  await expect(renewed.locator('a')).toHaveText(['19', '21', '42']);
});

test('an unknown address answers 404 with a way home in both languages', async ({ page }) => {
  const response = await page.goto('/landmarks/no-such-place/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  // Not the home page: no menu item is current, and search engines are not told it is an address of the site.
  await expect(page.locator('.site-nav [aria-current]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('an unknown English address answers 404 in English first, with a way home in Chinese too', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
});

test('/favicon.ico is a real icon, for the tools that ask for it whatever the page says', async ({ request }) => {
  const r = await request.get('/favicon.ico');
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toBe('image/x-icon');
  expect([...(await r.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test('the favicon is served', async ({ request }) => {
  const r = await request.get('/favicon.svg');
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toContain('image/svg+xml');
});
