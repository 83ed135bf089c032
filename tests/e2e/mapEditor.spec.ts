import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { distanceAndDirection } from '../../src/core/geo/distanceAndDirection';
import { averageFixes, type Fix } from '../../src/core/survey/averageFixes';
import { trailStops } from '../../src/core/trail/trailStops';
import type { Landmark } from '../../src/schemas/landmark';

test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
// One after another: each starts from what the one before left in the moderation server's content store.
test.describe.configure({ mode: 'serial' });

/** The moderation server's content store (playwright.config.ts gives it this data folder). */
const storeFile = (file: string) => join(process.env.E2E_TMP!, 'moderation', 'community', file);
const storeLandmarks = () => (JSON.parse(readFileSync(storeFile('data/landmarks.geojson'), 'utf8')) as { features: Landmark[] }).features;
/** The store's check-in points as text: what an editor test compares, since other tests publish stories on this server meanwhile (adding landmarks). */
const checkinPoints = () => JSON.stringify(storeLandmarks().filter((l) => l.properties.kind === 'checkin'));
const pointOf = (id: string) => storeLandmarks().find((l) => l.id === id)!.geometry.coordinates as [number, number];
/** A position `east` and `north` metres from `at`, as Playwright's geolocation takes it. */
const near = ([lng, lat]: [number, number], east: number, north: number, accuracy = 4) => ({ longitude: lng + east / 94_700, latitude: lat + north / 110_900, accuracy });

async function signIn(page: Page) {
  await page.goto('/admin/login/');
  await page.getByLabel('名字').fill('admin');
  await page.getByLabel('密码').fill(TEST_ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/$/);
}

/**
 * Stands at `east`/`north` metres from check-in point 5 (or landmark `id`) and records its position there: six fixes, a metre or so
 * apart, the way a phone's readings wander. Gives the fixes the phone reported.
 */
async function surveyPoint5(page: Page, context: BrowserContext, east: number, north: number, id = 'checkin-05'): Promise<Fix[]> {
  const at = pointOf(id);
  await page.goto('/admin/map/');
  await page.getByLabel('要改的地方').selectOption(`landmarks/${id}`);
  await expect(page.getByRole('heading', { name: new RegExp(id) })).toBeVisible();
  await page.getByRole('button', { name: '在这里测量位置' }).click();
  await page.getByLabel('测量时间').selectOption('60');
  const fixes = [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1]].map(([e, n]) => near(at, east + e!, north + n!));
  await context.setGeolocation(fixes[0]!);
  await page.getByRole('button', { name: '开始测量' }).click();
  for (const fix of fixes.slice(1)) {
    await page.waitForTimeout(200);
    await context.setGeolocation(fix);
  }
  await expect(page.locator('.me-survey-status')).toContainText(`已定位 ${fixes.length} 次`);
  await page.getByRole('button', { name: '现在停止' }).click();
  return fixes.map((f) => ({ position: [f.longitude, f.latitude], accuracyM: f.accuracy }));
}

test('an edit that breaks a rule is refused, names the rule and the point on the map, and changes nothing', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await signIn(page);
  const before = checkinPoints();
  // 60 m east: under 70 m from point 6, so two 35 m check-in circles would overlap.
  await surveyPoint5(page, context, 60, 0);
  await expect(page.locator('.me-gate')).toHaveAttribute('data-gate', 'green');
  await page.getByRole('button', { name: '用这个位置' }).click();
  await page.getByRole('button', { name: '检查并保存' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('没有保存：这个修改不符合地图规则');
  await expect(alert).toContainText('checkin-radius');
  await expect(alert).toContainText('checkin-05');
  // In the moderator's language, not the check's English.
  await expect(alert).toContainText('离另一个打卡点太近，打卡范围会重叠（规则：checkin-radius）');
  await expect(page.locator('.me-problem-tip').first()).toContainText('checkin-radius');
  expect(checkinPoints()).toBe(before);
  await page.goto('/admin/history/');
  await expect(page.getByRole('row', { name: /checkin-05 moved/ })).toHaveCount(0);
});

test('a moderator moves check-in point 5 by GPS survey; after the rebuild the trail has new distances and a check-in there stamps', async ({ page, context, browser }) => {
  test.setTimeout(480_000);
  await context.grantPermissions(['geolocation']);
  await signIn(page);
  const old = pointOf('checkin-05');
  const oldStops = trailStops(storeLandmarks()).stops;

  // A red fix (a phone indoors claiming ±25 m) cannot be used.
  await page.goto('/admin/map/');
  await page.getByLabel('要改的地方').selectOption('landmarks/checkin-05');
  await page.getByRole('button', { name: '在这里测量位置' }).click();
  await context.setGeolocation(near(old, 0, -20, 25));
  await page.getByRole('button', { name: '开始测量' }).click();
  await expect(page.locator('.me-survey-status')).toContainText('已定位 1 次');
  await page.getByRole('button', { name: '现在停止' }).click();
  await expect(page.locator('.me-gate')).toHaveAttribute('data-gate', 'red');
  await expect(page.locator('.me-gate')).toContainText('太不准，不能保存');
  await expect(page.getByRole('button', { name: '用这个位置' })).toBeDisabled();

  // Standing 20 m south and 15 m west of where the map has it: a green survey, previewed with its distance.
  const fixes = await surveyPoint5(page, context, -15, -20);
  const average = averageFixes(fixes)!;
  const { metres } = distanceAndDirection(old, average.position);
  await expect(page.locator('.me-gate')).toHaveAttribute('data-gate', 'green');
  await expect(page.locator('.me-gate')).toContainText(`平均了 6 次定位`);
  await expect(page.locator('.me-preview')).toHaveText(`移动了 ${Math.round(metres)} 米，往西南`);
  await page.getByRole('button', { name: '用这个位置' }).click();
  await expect(page.locator('.me-edits')).toContainText(`checkin-05: 移动了 ${Math.round(metres)} 米，往西南`);
  await page.getByRole('button', { name: '检查并保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText(`checkin-05 向西南移动了 ${Math.round(metres)} 米`);
  await expect(page.locator('.me-source')).toContainText('GPS 实测（6 次定位');
  await expect(page.locator('.me-coverage')).toContainText('打卡点 1/12');
  expect(pointOf('checkin-05')).toEqual(average.position);

  // The site is rebuilt from the new geometry: the trail's distances change, and the check-in is where the mural is.
  const newStops = trailStops(storeLandmarks()).stops;
  expect(Math.round(newStops[4]!.legM)).not.toBe(Math.round(oldStops[4]!.legM));
  await expect(async () => {
    await page.goto('/trail/');
    await expect(page.locator('.trail-stops li').nth(4)).toContainText(`离上一站 ${Math.round(newStops[4]!.legM)} 米`, { timeout: 1000 });
  }).toPass({ timeout: 400_000, intervals: [3000] });
  const child = await browser.newContext({ locale: 'zh-CN', permissions: ['geolocation'], geolocation: near(average.position, 5, -4, 8) });
  const phone = await child.newPage();
  await phone.goto('/checkin/checkin-05/');
  await phone.getByRole('button', { name: '我到了' }).click();
  await expect(phone.locator('.checkin-status')).toHaveText('盖章成功！你拿到了第 5 站的章。');
  await child.close();
});

test('a file from Amap (GCJ-02) is previewed with each point’s move, and applying it only stages the changes', async ({ page }) => {
  await signIn(page);
  const before = checkinPoints();
  await page.goto('/admin/map/');
  await page.getByText('导入文件').click();
  await page.getByLabel('文件', { exact: true }).setInputFiles('tests/fixtures/import/checkins-gcj02.geojson');
  // Read as GPS coordinates, the Amap file lies some 500 m off: the preview says so and suggests GCJ-02.
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.locator('.me-import-preview')).toContainText('按 GCJ-02（高德、腾讯地图） 读就对上了');
  await page.getByLabel('坐标来自').selectOption('gcj02');
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.locator('.me-import-preview')).toContainText(/checkin-05 向.{1,2}移动了 \d+(\.\d)? 米/);
  await page.getByRole('button', { name: /应用这些修改/ }).click();
  await expect(page.locator('.me-edits')).toContainText('checkin-05: 移动了');
  // Nothing is written until the moderator saves.
  expect(checkinPoints()).toBe(before);
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(page.getByRole('heading', { name: '还没有修改。' })).toBeVisible();
});

test('the move can be undone from the change history', async ({ page }) => {
  await signIn(page);
  const moved = pointOf('checkin-05');
  await page.goto('/admin/history/');
  const row = page.getByRole('row', { name: /checkin-05 moved/ }).first();
  await expect(row).toContainText('admin');
  await row.getByRole('link', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('status')).toContainText('已撤销这次改动');
  expect(pointOf('checkin-05')).not.toEqual(moved);
  await page.goto('/admin/map/?focus=landmarks/checkin-05');
  await expect(page.locator('.me-source')).toContainText('位置：示意');
});

test('two moderators move the same bench: the second is told, shown the newer version, and nothing of theirs is saved', async ({ browser }) => {
  const [first, second] = await Promise.all([0, 1].map(() => browser.newContext({ locale: 'zh-CN', permissions: ['geolocation'] })));
  const [a, b] = await Promise.all([first!.newPage(), second!.newPage()]);
  await signIn(a);
  await signIn(b);
  // Both open the editor and survey bench 42; the first saves.
  await surveyPoint5(a, first!, 6, 0, 'bench-42');
  await surveyPoint5(b, second!, 0, -8, 'bench-42');
  await a.getByRole('button', { name: '用这个位置' }).click();
  await a.getByRole('button', { name: '检查并保存' }).click();
  await expect(a.getByRole('status').filter({ hasText: '已保存' })).toContainText('bench-42 向东移动了');
  const saved = pointOf('bench-42');
  await b.getByRole('button', { name: '用这个位置' }).click();
  await b.getByRole('button', { name: '检查并保存' }).click();
  await expect(b.getByRole('alert')).toContainText('别人改过地图（bench-42）');
  await expect(b.locator('path.me-newer')).toHaveCount(1);
  expect(pointOf('bench-42')).toEqual(saved);
  await b.getByRole('link', { name: '载入新版本' }).click();
  await expect(b.getByRole('heading', { name: '还没有修改。' })).toBeVisible();
  await Promise.all([first!.close(), second!.close()]);
});

test('a check-in point cannot be deleted, and the editor says why before anything is saved', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/map/');
  await page.getByLabel('要改的地方').selectOption('landmarks/checkin-08');
  await page.locator('#me-selected').getByRole('button', { name: '删除' }).click();
  await expect(page.locator('#me-selected')).toContainText('是小主人步道上的打卡点，删掉它步道就断了，所以不能删除。');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '确定删除' })).toHaveCount(0);
  await page.locator('#me-selected .confirm-box').getByRole('button', { name: '关闭' }).click();
  await expect(page.locator('#me-selected')).not.toContainText('不能删除');
  await expect(page.locator('.me-edits')).toHaveCount(0);
});

test('a moderator adds a landmark with its story, then deletes it with its story and picture, asked first by its name', async ({ page }) => {
  await signIn(page);
  const files = ['data/landmarks.geojson', 'content/stories/zh-CN/chess-nook.md', 'content/stories/en/chess-nook.md', 'content/images/chess-nook.svg'];
  await page.goto('/admin/map/');
  // Centre the map on bench 14, inside the estate, and place the new landmark just beside it.
  await page.getByLabel('要改的地方').selectOption('landmarks/bench-14');
  await expect(page.locator('#me-selected')).toBeVisible();
  await page.locator('.me-add summary').click();
  await page.getByLabel('添加什么').selectOption('landmarks');
  await page.getByLabel('类型').selectOption('bench');
  await page.locator('.me-add').getByRole('button', { name: '添加' }).click();
  await page.locator('.me-map').scrollIntoViewIfNeeded();
  const map = (await page.locator('.me-map').boundingBox())!;
  await page.mouse.click(map.x + map.width / 2 + 30, map.y + map.height / 2 + 10);
  await page.getByLabel('编号（小写字母、数字和横线）').fill('chess-nook');
  // A missing name is named in the moderator's words, not the schema's English.
  await page.getByRole('button', { name: '用这些资料' }).click();
  await expect(page.locator('.me-add').getByRole('alert')).toContainText('名称 (中文)：必须填写名称 (English)：必须填写');
  await expect(page.locator('.me-add').getByRole('alert')).not.toContainText('Required');
  await page.getByLabel('名称 (中文)').fill('棋角');
  await page.getByLabel('名称 (English)').fill('Chess nook');
  // A map rule is named on its field in the moderator's words as well: a bench has no trail order.
  await page.getByLabel('打卡顺序').fill('3');
  await page.getByRole('button', { name: '用这些资料' }).click();
  await expect(page.locator('.me-add').getByRole('alert')).toContainText('打卡顺序：只有打卡点才填，请留空');
  await page.getByLabel('打卡顺序').fill('');
  // Its story is asked for in the first language before the landmark is staged.
  await page.getByRole('button', { name: '用这些资料' }).click();
  await expect(page.locator('.me-add').getByRole('alert')).toContainText('故事（中文）：请写几句话');
  await page.getByLabel('故事 (中文)').fill('夏天傍晚，楼下的老人在这里下棋，孩子们围着看。');
  await page.getByRole('button', { name: '用这些资料' }).click();
  await expect(page.locator('.me-edits')).toContainText('chess-nook: 添加');
  await page.getByRole('button', { name: '检查并保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText('新增 chess-nook');
  for (const f of files) expect(existsSync(storeFile(f)), f).toBe(true);
  expect(readFileSync(storeFile('content/stories/zh-CN/chess-nook.md'), 'utf8')).toContain('孩子们围着看');

  // The page came back with it selected: delete it, after a question that names it and says what goes with it.
  await expect(page.locator('#me-selected')).toBeVisible();
  await page.locator('#me-selected').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('从地图上删除棋角 (chess-nook)，连同它各种语言的故事和图片？');
  await page.getByRole('button', { name: '确定删除' }).click();
  await expect(page.locator('.me-edits')).toContainText('chess-nook: 删除');
  await page.getByRole('button', { name: '检查并保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toContainText('删除 chess-nook');
  for (const f of files.slice(1)) expect(existsSync(storeFile(f)), f).toBe(false);
  expect(readFileSync(storeFile('data/landmarks.geojson'), 'utf8')).not.toContain('chess-nook');
});

test('on a phone a building\'s corner is caught a fingertip away from it, and dragging it stages the new shape', async ({ page }) => {
  await signIn(page);
  await page.goto('/admin/map/');
  await page.getByLabel('要改的地方').selectOption('buildings/b1');
  await page.getByRole('button', { name: '在地图上移动或改形状' }).click();
  // Its four corners, in screen order: the top left one has the smallest x + y.
  const corners = page.locator('.me-map .marker-icon:not(.marker-icon-middle):not(.cursor-marker)');
  await expect(corners).toHaveCount(4);
  const boxes = await corners.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width })));
  const topLeft = boxes.sort((a, b) => a.x + a.y - (b.x + b.y))[0]!;
  expect(topLeft.size, 'a corner handle on a touch screen, px').toBeGreaterThanOrEqual(22);
  // 16 px left of the corner, off the building: Geoman's own 14 px handle ends 8 px from its centre.
  await page.mouse.move(topLeft.x - 16, topLeft.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) await page.mouse.move(topLeft.x - 16 - i * 6, topLeft.y - i * 6);
  await page.mouse.up();
  await expect(page.locator('.me-edits li')).toHaveCount(1);
  await expect(page.locator('.me-edits li')).toContainText('b1');
  // On the building's short right edge (untouched) the half-way handle sits inside its corners' catch areas, and still
  // takes the drag: it becomes a fifth corner.
  const middles = page.locator('.me-map .marker-icon-middle');
  const right = (await middles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })))).sort((a, b) => b.x - a.x)[0]!;
  const [, lower] = boxes.filter((c) => Math.abs(c.x - right.x) < 4).sort((a, b) => a.y - b.y);
  expect(lower!.y - right.y, 'half-way handle to the corner below it, px').toBeLessThan(22);
  await page.mouse.move(right.x, right.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) await page.mouse.move(right.x + i * 5, right.y);
  await page.mouse.up();
  await expect(corners).toHaveCount(5);
});
