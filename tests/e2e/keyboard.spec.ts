import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { formTokenFromPage } from '../support/submissionToken';
import { codeOf } from '../support/trailFixtures';

/** Presses Tab until the focused element matches `test` (at most `max` times); fails otherwise. */
async function tabTo(page: Page, test: () => boolean, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`never reached by Tab: ${test.toString()} (focus ends on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`);
}
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('keyboard only: skip link, then open a landmark on the map and read its story', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.cm-pin-checkin')).toHaveCount(12);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, () => document.activeElement?.classList.contains('cm-pin-checkin') ?? false);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-sheet h2')).toBeFocused();
  await tabTo(page, () => document.activeElement?.textContent === '阅读完整故事');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/landmarks\/checkin-01\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('彩色迎宾墙');
});

test('keyboard only: find building 22 by its number', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('.cm-pin-checkin')).toHaveCount(12);
  await tabTo(page, () => document.activeElement?.getAttribute('type') === 'search');
  await page.keyboard.type('22');
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-sheet h2')).toHaveText('Building 22');
  await expect(page.locator('.cm-sheet h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.cm-sheet')).toHaveCount(0);
});

test('keyboard only: a scanned check-in announces its stamp, and the passport is one link away', async ({ page }) => {
  await page.goto(`/checkin/checkin-06/?k=${codeOf('checkin-06')}`);
  await expect(page.getByRole('status').filter({ hasText: '盖章成功' })).toHaveText('盖章成功！你拿到了第 6 站的章。');
  await tabTo(page, () => document.activeElement?.textContent === '打开我的护照');
  await page.keyboard.press('Enter');
  await expect(page.locator('.passport-progress')).toHaveText('已盖 1 / 12 个章');
  await tabTo(page, () => document.activeElement?.closest('[data-point="checkin-06"]') !== null);
  expect(await focusedText(page)).toContain('楼道公约墙');
});

test('keyboard only: a resident sends a story and gets a receipt', async ({ page }) => {
  await page.goto('/en/submit/');
  await tabTo(page, () => document.activeElement?.id === 'title');
  await page.keyboard.type('The flower steps');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Neighbours keep pots of flowers on the steps and water them in turns every morning.');
  await tabTo(page, () => document.activeElement?.id === 'kind');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, () => document.activeElement?.id === 'building');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, () => document.activeElement?.id === 'consent');
  await page.keyboard.press('Space');
  await tabTo(page, () => document.activeElement?.textContent === 'Send the story');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Received, thank you!')).toBeVisible();
  await expect(page.locator('.receipt')).toHaveText(/^[0-9A-Z]{20}$/);
});

test.describe('moderation by keyboard', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
  test('a moderator signs in and declines a story with a reason', async ({ page, request }) => {
    const base = `http://127.0.0.1:${PORTS.moderation}`;
    await request.post('/api/submissions', { multipart: { lang: 'zh-CN', title: '键盘审核的故事', body: '这个故事会被键盘操作的社工拒绝，并写明原因。', kind: 'other', building: '5', consent: 'yes', website: '', formToken: await formTokenFromPage(base) }, headers: { origin: base } });
    await page.goto('/admin/login/');
    await tabTo(page, () => document.activeElement?.id === 'name');
    await page.keyboard.type('admin');
    await tabTo(page, () => document.activeElement?.id === 'password');
    await page.keyboard.type(TEST_ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/$/);
    await tabTo(page, () => document.activeElement?.textContent?.includes('键盘审核的故事') ?? false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/submissions\/\d+\/$/);
    await tabTo(page, () => document.activeElement?.id === 'reason');
    await page.keyboard.type('地点不在社区公共区域。');
    await tabTo(page, () => document.activeElement?.textContent === '不通过');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('已标为不通过。');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('stories, building pages and the trail list all work', async ({ page }) => {
    await page.goto('/en/landmarks/stool-meeting-22/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Small-Stool Meeting Spot');
    expect(await page.locator('.story-body p').count()).toBeGreaterThan(1);
    await page.goto('/buildings/42/');
    await expect(page.locator('.badge')).toHaveText('单元门和电梯已更新');
    await page.goto('/trail/');
    await expect(page.locator('.trail-stops li')).toHaveCount(12);
    await expect(page.getByRole('img', { name: /步道小地图/ })).toBeVisible();
  });
});
