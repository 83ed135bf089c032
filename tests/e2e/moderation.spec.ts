import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { tapMapAt } from '../support/tapMapAt';

test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
test.setTimeout(120_000);

async function signInAs(page: Page, name: string, password: string) {
  await page.goto('/admin/login/');
  await page.getByLabel('名字').fill(name);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function sendStory(page: Page, title: string) {
  await page.goto('/submit/');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('故事', { exact: true }).fill('楼下的长椅旁边多了一盆花，是三楼的奶奶每天早上浇水照顾的。');
  await page.getByLabel('这是什么地方').selectOption('other');
  await page.getByLabel('楼号').selectOption('30');
  await page.getByLabel(/我同意公开这个故事/).check();
  await page.getByRole('button', { name: '提交故事' }).click();
  await expect(page.getByText('正在等待社工审核。')).toBeVisible();
}

test('two social workers with their own accounts: one is added, chooses a password, approves; the other is told it was already done; the log names each', async ({ browser }) => {
  const adminContext = await browser.newContext({ locale: 'zh-CN' });
  const admin = await adminContext.newPage();
  const name = `小王${Date.now() % 100000}`;

  // The admin adds a colleague and reads the one-time password off the page.
  await signInAs(admin, 'admin', TEST_ADMIN_PASSWORD);
  await admin.goto('/admin/moderators/');
  await admin.getByLabel('名字').fill(name);
  await admin.getByRole('button', { name: '添加' }).click();
  await expect(admin.getByRole('status')).toContainText(`已添加 ${name}`);
  const oneTime = (await admin.locator('.one-time-password').textContent())!.trim();
  expect(oneTime.length).toBeGreaterThanOrEqual(12);

  // A resident sends a story.
  const residentContext = await browser.newContext({ locale: 'zh-CN' });
  await sendStory(await residentContext.newPage(), '长椅旁的花');

  // The colleague signs in with the one-time password and must choose their own before anything else.
  const workerContext = await browser.newContext({ locale: 'zh-CN' });
  const worker = await workerContext.newPage();
  await signInAs(worker, name, oneTime);
  await expect(worker).toHaveURL(/\/admin\/account\/$/);
  await expect(worker.getByText('你用的是一次性密码')).toBeVisible();
  await worker.goto('/admin/');
  await expect(worker).toHaveURL(/\/admin\/account\/$/);
  const own = 'a garden of benches 42';
  await worker.getByLabel('现在的密码').fill(oneTime);
  await worker.getByLabel(/新密码（至少/).fill(own);
  await worker.getByLabel('再输一次新密码').fill(own);
  await worker.getByRole('button', { name: '保存新密码' }).click();
  await expect(worker.getByRole('status')).toContainText('密码已修改');

  // Both open the story; the colleague approves first, then the admin presses approve on the page they still have open.
  await worker.goto('/admin/');
  await worker.getByRole('link', { name: /长椅旁的花/ }).first().click();
  const storyUrl = worker.url();
  await admin.goto(storyUrl);
  await worker.getByRole('button', { name: '通过并发布' }).click();
  await expect(worker.getByRole('status')).toHaveText('已通过，正在重新生成网站。');
  await expect(worker.locator('nav.admin-nav')).toContainText(`已登录：${name}`);
  await admin.getByRole('button', { name: '通过并发布' }).click();
  await expect(admin.getByRole('alert')).toContainText('已经有人处理过了');

  // The change is in the history under the colleague's name; the audit log names both people.
  await admin.goto('/admin/history/');
  await expect(admin.getByRole('row', { name: /长椅旁的花/ })).toContainText(name);
  await admin.goto('/admin/audit/');
  await expect(admin.getByRole('row', { name: new RegExp(`${name}.*通过了故事`) }).first()).toBeVisible();
  await expect(admin.getByRole('table')).toContainText('GMT+08:00');

  // The admin removes the colleague's account: their open session ends at once.
  await admin.goto('/admin/moderators/');
  await admin.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name: '删除' }).click();
  await admin.getByRole('button', { name: '确定删除' }).click();
  await expect(admin.getByRole('status')).toContainText(`已删除 ${name}`);
  await worker.goto('/admin/');
  await expect(worker).toHaveURL(/\/admin\/login\/$/);

  await Promise.all([adminContext.close(), residentContext.close(), workerContext.close()]);
});

test('a moderator sees the labelled picker and moves a story from building 30 to stairwell 22-3 before deciding', async ({ browser }) => {
  const resident = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await sendStory(resident, '搬到22幢的故事');
  const admin = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await signInAs(admin, 'admin', TEST_ADMIN_PASSWORD);
  await admin.goto('/admin/');
  await admin.getByRole('link', { name: /搬到22幢的故事/ }).first().click();
  const status = admin.locator('.point-status');
  await expect(status).toHaveText('位置：30幢附近。');
  // Entrance 22-3 is at [120.001468, 31.790893]: tap about 5 m south of it.
  await tapMapAt(admin, [120.001468, 31.79085]);
  await expect(status).toHaveText('位置：22幢3单元附近。');
  await expect(admin.getByLabel('经度')).toHaveValue('120.001468');
  await admin.getByRole('button', { name: '保存修改' }).click();
  await expect(admin.locator('dl.meta')).toContainText('22-3 (31.790893, 120.001468)');
  await expect(status).toHaveText('位置：22幢3单元附近。');
  await admin.goto('/admin/audit/');
  await expect(admin.getByText('移动了故事的位置').first()).toBeVisible();
});
