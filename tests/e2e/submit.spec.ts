import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { issueFormToken } from '../../src/server/formToken';
import { serverSecret } from '../../src/server/serverSecret';
import { tapMapAt } from '../support/tapMapAt';

/** A phone photo on disk: a 3000×2000 JPEG, to be shrunk by the page before it is sent. */
async function photoFile(): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/story-photo.jpg';
  writeFileSync(path, await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#d9a441' } }).jpeg({ quality: 95 }).toBuffer());
  return path;
}

async function fillStory(page: Page, title: string) {
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('故事', { exact: true }).fill('楼下的小花坛是邻居们一起种的，春天开满了月季，路过的人都会停下来看一看。');
  await page.getByLabel('这是什么地方').selectOption('other');
}

test('a resident sends a story with a point tapped on the map and a photo, and gets a receipt', async ({ page }) => {
  await page.goto('/submit/');
  await fillStory(page, '月季小花坛');
  const map = page.getByRole('region', { name: '地图上点的位置' });
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.5);
  // The place is said in words (a building or stairwell it snapped to, or just "chosen"), never as raw coordinates.
  await expect(page.locator('.point-status')).toHaveText(/^(已在地图上选好位置。|位置：\d+幢(\d+单元)?附近。)$/);
  await page.getByLabel('照片（可不传）').setInputFiles(await photoFile());
  await expect(page.getByText(/照片已缩小到 \d+ KB/)).toBeVisible();
  await page.getByLabel(/我同意公开这个故事/).check();
  await page.getByRole('button', { name: '提交故事' }).click();
  await expect(page).toHaveURL(/\/submit\/status\/[0-9A-Z]{20}\/\?sent=1$/);
  await expect(page.getByText('收到了，谢谢你！')).toBeVisible();
  await expect(page.getByText('正在等待社工审核。')).toBeVisible();
  await page.goto('/submit/');
  await expect(page.getByLabel('标题')).toHaveValue('');
});

test('a send that fails offline keeps the draft, which comes back after a reload', async ({ page, context }) => {
  await page.goto('/submit/');
  await fillStory(page, '离线时写的故事');
  await page.getByLabel(/我同意公开这个故事/).check();
  await context.setOffline(true);
  await page.getByRole('button', { name: '提交故事' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '没有发出去：网络好像断了。草稿还在' })).toBeVisible();
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText('已恢复上次没写完的草稿。')).toBeVisible();
  await expect(page.getByLabel('标题')).toHaveValue('离线时写的故事');
  await expect(page.getByLabel(/我同意公开这个故事/)).toBeChecked();
});

test('a page left open for over a week still sends: the server renews its form token and the page sends again', async ({ page }) => {
  await page.goto('/submit/');
  await fillStory(page, '放了八天的草稿');
  await page.getByLabel('楼号').selectOption('30');
  await page.getByLabel(/我同意公开这个故事/).check();
  // As if the page had been opened eight days ago: a token the server signed then.
  const stale = issueFormToken(serverSecret({ DATA_DIR: join(process.env.E2E_TMP!, 'site') }), Date.now() - 8 * 24 * 60 * 60 * 1000);
  await page.locator('input[name="formToken"]').evaluate((input, token) => { (input as HTMLInputElement).value = token; }, stale);
  const answers: number[] = [];
  page.on('response', (r) => { if (r.url().endsWith('/api/submissions')) answers.push(r.status()); });
  await page.getByRole('button', { name: '提交故事' }).click();
  await expect(page).toHaveURL(/\/submit\/status\/[0-9A-Z]{20}\/\?sent=1$/);
  await expect(page.getByText('收到了，谢谢你！')).toBeVisible();
  expect(answers).toEqual([400, 201]);
});

test('field errors appear beside their fields and in a summary, in the user\'s language', async ({ page }) => {
  await page.goto('/en/submit/');
  await page.getByLabel('Story', { exact: true }).fill('Too short');
  await page.getByRole('button', { name: 'Send the story' }).click();
  const summary = page.locator('#form-errors');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Write a title, up to 60 characters.');
  await expect(summary).toContainText('Choose what kind of place it is.'); // no kind is chosen for the resident
  // The same lead sentence as the server's page, counting what is listed; every field named turns red, the title too.
  await expect(summary.locator('p')).toHaveText(`${await summary.locator('li').count()} things to fix:`);
  await expect(page.getByLabel('Title')).toHaveCSS('border-color', 'rgb(179, 38, 30)');
  await expect(page.locator('#body-error')).toHaveText('Write the story: 20 to 6,000 characters.');
  await expect(page.getByLabel('Story', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Story', { exact: true })).toHaveValue('Too short');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form posts to the server, which answers with the errors and keeps what was typed', async ({ page }) => {
    await page.goto('/submit/');
    await page.getByLabel('标题').fill('没有脚本也能写');
      await page.getByRole('button', { name: '提交故事' }).click();
    await expect(page.getByRole('alert').first()).toContainText('请写下故事，20 到 6000 个字。');
    await expect(page.getByLabel('标题')).toHaveValue('没有脚本也能写');
  });
});

test.describe('moderation', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
  test.setTimeout(240_000);

  test('a moderator signs in, approves a story, and it appears on the map and gets its page', async ({ page }) => {
    await page.goto('/submit/');
    await fillStory(page, '审核测试花坛');
    await page.getByLabel('楼号').selectOption('30');
    await page.getByLabel(/我同意公开这个故事/).check();
      await page.getByRole('button', { name: '提交故事' }).click();
    await expect(page.getByText('正在等待社工审核。')).toBeVisible();
    const status = page.url();

    await page.goto('/admin/');
    await expect(page).toHaveURL(/\/admin\/login\/$/);
    await page.getByLabel('名字').fill('admin');
    await page.getByLabel('密码').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: /审核测试花坛/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('审核测试花坛');
    await expect(page.getByRole('img', { name: '位置' })).toBeVisible();
    await page.locator('#title').fill('审核测试花坛（已编辑）');
    await page.getByRole('button', { name: '通过并发布' }).click();
    await expect(page.getByRole('status')).toHaveText('已通过，正在重新生成网站。');

    // The story gets the next free id (other tests may publish on this server too): read it off the receipt page.
    let href = '';
    await expect.poll(async () => {
      href = /href="(\/landmarks\/resident-\d+\/)"/.exec(await (await page.request.get(status)).text())?.[1] ?? '';
      return href;
    }, { timeout: 200_000, intervals: [2000] }).not.toBe('');
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('审核测试花坛（已编辑）');
    await page.goto(`/?focus=${href.split('/')[2]}`);
    await expect(page.locator('.cm-sheet').getByRole('heading', { level: 2 })).toHaveText('审核测试花坛（已编辑）');
    await page.goto(status);
    await expect(page.getByText('已经公开了！')).toBeVisible();
    await page.goto('/admin/audit/');
    await expect(page.getByRole('table')).toContainText('通过了故事');
  });
});

test('a tap near building 22 stairwell 3 snaps there and says so; choosing 18 moves the point; the story is stored at 18', async ({ page }) => {
  await page.goto('/submit/');
  await fillStory(page, '十八幢门口的信箱');
  // No point yet: nothing to clear.
  const clear = page.getByRole('button', { name: '清除地图上的位置' });
  await expect(clear).toBeHidden();
  // Entrance 22-3 is at [120.001468, 31.790893]: tap about 5 m south of it.
  await tapMapAt(page, [120.001468, 31.79085]);
  const status = page.locator('.point-status');
  await expect(status).toHaveText('位置：22幢3单元附近。');
  await expect(page.getByLabel('楼号')).toHaveValue('22');
  await expect(page.locator('#stairwell')).toHaveValue('22-3');
  await expect(page.locator('#lng')).toHaveValue('120.001468');
  await expect(clear).toBeVisible();

  // The last action wins: choosing 18 in the select moves the point to building 18 and lets stairwell 22-3 go.
  await page.getByLabel('楼号').selectOption('18');
  await expect(status).toHaveText('位置：18幢附近。');
  await expect(page.locator('#stairwell')).toHaveValue('');
  await expect(page.locator('#lng')).toHaveValue(/^119\.99797/);
  await expect(page.locator('#stairwell optgroup[data-building="22"]')).toBeHidden();

  // A tap outside the community changes nothing and says why.
  const box = (await page.getByRole('region', { name: '地图上点的位置' }).boundingBox())!;
  await page.mouse.click(box.x + box.width - 6, box.y + 6);
  await expect(status).toHaveText('这个位置不在社区范围内。请点社区里面的地方。');
  await expect(page.getByLabel('楼号')).toHaveValue('18');

  await page.getByLabel(/我同意公开这个故事/).check();
  await page.getByRole('button', { name: '提交故事' }).click();
  await expect(page).toHaveURL(/\/submit\/status\/[0-9A-Z]{20}\/\?sent=1$/);
  const db = new Database(join(process.env.E2E_TMP!, 'site', 'cailing.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT building, stairwell, lng FROM submissions WHERE title = ?').get('十八幢门口的信箱') as { building: number; stairwell: string | null; lng: number };
    expect(row).toMatchObject({ building: 18, stairwell: null });
    expect(row.lng).toBeCloseTo(119.99797, 5);
  } finally {
    db.close();
  }
});

test('on a phone, a building number the zoom buttons would cover is not drawn under them, and shows once the map is dragged clear', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/submit/');
  const map = page.getByRole('region', { name: 'Point tapped on the map' });
  await map.scrollIntoViewIfNeeded();
  const numbers = map.locator('.cm-picker-label');
  await expect(numbers).toHaveCount(62);
  // Numbers shown that a control (zoom buttons, attribution) covers even in part, and numbers not shown.
  const reading = () => map.evaluate((el) => {
    const controls = [...el.querySelectorAll('.leaflet-control')].map((c) => c.getBoundingClientRect());
    const text = (n: Element) => { const r = document.createRange(); r.selectNodeContents(n); return r.getBoundingClientRect(); };
    const covered = (a: DOMRect) => controls.some((c) => a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom);
    const all = [...el.querySelectorAll<HTMLElement>('.cm-picker-label')];
    const shown = (n: HTMLElement) => n.checkVisibility({ visibilityProperty: true });
    return { underControls: all.filter((n) => shown(n) && covered(text(n))).map((n) => n.textContent), notShown: all.filter((n) => !shown(n)).map((n) => n.textContent) };
  });
  // Building 1 sits in the top-left corner, where the (44 px) zoom buttons are: it waits, with at most two neighbours;
  // all other numbers show, and none under a control.
  await expect.poll(reading).toMatchObject({ underControls: [], notShown: expect.arrayContaining(['1']) });
  expect((await reading()).notShown.length).toBeLessThanOrEqual(3);
  // Dragged 80 px right and down, building 1 is clear of the buttons and its number shows (one the drag takes under
  // the attribution in the bottom-right corner waits in its turn).
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 80, { steps: 4 });
  await page.mouse.up();
  await expect(numbers.filter({ hasText: /^1$/ })).toBeVisible();
  await expect.poll(async () => (await reading()).underControls).toEqual([]);
});
