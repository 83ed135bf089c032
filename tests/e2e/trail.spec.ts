import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { PORTS } from '../../playwright.config';
import { trailStops, walkingMinutes } from '../../src/core/trail/trailStops';
import { checkFeatureCollection } from '../../src/core/checks/checkFeatureCollection';
import { readCommunitySource } from '../../src/community/readCommunitySource';
import { landmarkSchema } from '../../src/schemas/landmark';
import { codeOf, trailPoints } from '../support/trailFixtures';

const points = trailPoints();
const status = (page: Page) => page.locator('.checkin-status');
/** A position `north` and `east` metres from `at`. */
const near = ([lng, lat]: [number, number], east: number, north: number) => ({ longitude: lng + east / 94_700, latitude: lat + north / 110_900, accuracy: 8 });

/** Every request a page makes, to prove none carries a position, a stamp or a code. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}
function expectNothingPrivateSent(requests: Request[], secrets: string[]) {
  for (const r of requests) {
    const said = `${r.url()} ${r.postData() ?? ''}`;
    expect(r.method(), r.url()).toBe('GET');
    for (const s of secrets) expect(said, `request ${r.url()} carries ${s}`).not.toContain(s);
    expect(said).not.toMatch(/31\.78\d{3}|31\.79\d{3}|119\.99\d{3}|120\.00\d{3}/);
  }
}

test('the trail page lists the 12 points with distances and times computed from data/', async ({ page }) => {
  const landmarks = checkFeatureCollection(readCommunitySource(resolve('.')).landmarks, landmarkSchema).features;
  const { stops, totalM } = trailStops(landmarks);
  await page.goto('/trail/');
  await expect(page.getByRole('listitem').filter({ hasText: '离上一站' })).toHaveCount(11);
  await expect(page.locator('.trail-stops li').nth(4)).toContainText(`离上一站 ${Math.round(stops[4]!.legM)} 米`);
  await expect(page.getByText(`全程约 ${Math.round(totalM)} 米`)).toBeVisible();
  await expect(page.getByText(`小朋友走：约 ${walkingMinutes(totalM, 1)} 分钟`)).toBeVisible();
  await expect(page.getByText('全程没有台阶')).toBeVisible();
  await expect(page.getByRole('img', { name: /步道小地图/ })).toBeVisible();
  await page.getByRole('link', { name: '开始打卡 →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第 1 站：彩色迎宾墙');
});

test.describe('check-in by location', () => {
  test.use({ permissions: ['geolocation'], geolocation: near(points[4]!.at, 8, -6) });

  test('at point 5 the phone stamps, and sends nothing', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/checkin/checkin-05/');
    await page.getByRole('button', { name: '我到了' }).click();
    await expect(status(page)).toHaveText('盖章成功！你拿到了第 5 站的章。');
    await expect(page.getByRole('heading', { name: '下一站：第 6 站 楼道公约墙' })).toBeVisible();
    await expect(page.getByRole('link', { name: '出发去第 6 站 →' })).toBeVisible();
    await page.goto('/passport/');
    await expect(page.locator('.passport-progress')).toHaveText('已盖 1 / 12 个章');
    await expect(page.locator('[data-point="checkin-05"]')).toContainText('定位');
    expectNothingPrivateSent(requests, [await page.locator('.progress-code').textContent() ?? 'none']);
  });

  test('200 m away it refuses, saying how far and which way', async ({ page, context }) => {
    await context.setGeolocation(near(points[4]!.at, -140, -140));
    await page.goto('/en/checkin/checkin-05/');
    await page.getByRole('button', { name: 'I’m here' }).click();
    await expect(status(page)).toHaveText(/^You are (19\d|20\d) m away\. Head north-east\.$/);
    await page.goto('/en/passport/');
    await expect(page.locator('.passport-progress')).toHaveText('0 of 12 stamps');
  });

  test('a poor fix asks to retry or scan the QR code', async ({ page, context }) => {
    await context.setGeolocation({ ...near(points[4]!.at, 0, 0), accuracy: 120 });
    await page.goto('/checkin/checkin-05/');
    await page.getByRole('button', { name: '我到了' }).click();
    await expect(status(page)).toHaveText('手机定位不太准（误差约 120 米）。到空旷的地方再试一次，或者扫二维码。');
  });
});

test('permission denied is explained', async ({ page, context }) => {
  await context.clearPermissions();
  await page.goto('/checkin/checkin-05/');
  await page.getByRole('button', { name: '我到了' }).click();
  await expect(status(page)).toHaveText('你没有允许用位置。可以在浏览器设置里允许，或者扫二维码打卡。');
});

test('a QR link with the right code stamps; a wrong code is refused; the code leaves the address bar', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(`/checkin/checkin-03/?k=${codeOf('checkin-03')}wrong`);
  await expect(status(page)).toHaveText('这个二维码不对。请扫这面墙旁边的二维码，或者点“我到了”。');
  await page.goto('/checkin/checkin-03/');
  await expect(status(page)).toHaveText('');
  await page.goto(`/checkin/checkin-03/?k=${codeOf('checkin-03').toLowerCase()}`);
  await expect(status(page)).toHaveText('盖章成功！你拿到了第 3 站的章。');
  await expect(page).toHaveURL(/\/checkin\/checkin-03\/$/);
  await page.goto(`/checkin/checkin-03/?k=${codeOf('checkin-03')}`);
  await expect(status(page)).toHaveText(/^这一站你已经盖过章了（.+）。$/);
  expectNothingPrivateSent(requests.filter((r) => !r.url().includes('?k=')), [codeOf('checkin-03')]);
});

test('the trail page shows the stamps on this phone and leads on to the next stop, then to the certificate', async ({ page }) => {
  await page.goto('/trail/');
  await expect(page.locator('#trail-start')).toHaveText('开始打卡 →');
  await expect(page.locator('#trail-start')).toHaveAttribute('href', '/checkin/checkin-01/');
  for (const id of ['checkin-01', 'checkin-02', 'checkin-04']) {
    await page.goto(`/checkin/${id}/?k=${codeOf(id)}`);
    await expect(status(page)).toContainText('盖章成功');
  }
  await page.goto('/trail/');
  const third = await page.locator('.trail-stops li[data-point="checkin-03"] .stop-name').textContent();
  await expect(page.locator('#trail-start')).toHaveText(`继续打卡：第 3 站 ${third} →`);
  await expect(page.locator('#trail-start')).toHaveAttribute('href', '/checkin/checkin-03/');
  await expect(page.locator('.trail-stops li.is-stamped')).toHaveCount(3);
  await expect(page.locator('.trail-stops li[data-point="checkin-02"]')).toContainText('✓ 已盖章');
  await expect(page.locator('.trail-stops li[data-point="checkin-03"]')).not.toContainText('已盖章');
  await page.screenshot({ path: 'test-results/screenshots/trail-progress-zh.png', fullPage: true });
  for (const p of points.filter((q) => !['checkin-01', 'checkin-02', 'checkin-04'].includes(q.id))) {
    await page.goto(`/checkin/${p.id}/?k=${codeOf(p.id)}`);
    await expect(status(page)).toContainText('盖章成功');
  }
  await page.goto('/en/trail/');
  await expect(page.locator('#trail-start')).toHaveText('All 12 stamps collected! See my certificate →');
  await expect(page.locator('#trail-start')).toHaveAttribute('href', '/en/passport/');
  await expect(page.locator('.trail-stops li.is-stamped')).toHaveCount(12);
});

test('the page source never holds a point\'s code, only its hash', async ({ request }) => {
  for (const lang of ['', '/en']) {
    const html = await (await request.get(`${lang}/checkin/checkin-07/`)).text();
    expect(html).not.toContain(codeOf('checkin-07'));
    expect(html).toContain('codeHash');
  }
});

test('12 stamps give a certificate; the progress code restores them in a new browser; a bad code changes nothing', async ({ page, browser }) => {
  for (const p of points) {
    await page.goto(`/checkin/${p.id}/?k=${codeOf(p.id)}`);
    await expect(status(page)).toContainText('盖章成功');
  }
  await page.goto('/passport/');
  await expect(page.locator('.passport-progress')).toHaveText('已盖 12 / 12 个章');
  await page.getByLabel(/你的昵称/).fill('小星星');
  const certificate = page.locator('.certificate-image');
  await expect(certificate).toHaveAttribute('alt', /小星星走完了全部 12 个涂鸦打卡点/);
  expect(await certificate.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1080);
  await expect(page.getByRole('link', { name: '保存证书图片' })).toHaveAttribute('href', /^data:image\/png/);
  const code = (await page.locator('.progress-code').textContent())!;

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/passport/');
  await expect(fresh.locator('.passport-progress')).toHaveText('已盖 0 / 12 个章');
  await fresh.getByLabel('粘贴进度链接或进度码').fill(code.slice(0, -3));
  await fresh.getByRole('button', { name: '找回' }).click();
  await expect(fresh.getByRole('alert')).toContainText('你原来的印章都还在。');
  await expect(fresh.locator('.passport-progress')).toHaveText('已盖 0 / 12 个章');
  await fresh.getByLabel('粘贴进度链接或进度码').fill(code);
  await fresh.getByRole('button', { name: '找回' }).click();
  await expect(fresh.getByRole('alert')).toHaveText('找回了印章，现在一共 12 个。');
  await expect(fresh.locator('.passport-progress')).toHaveText('已盖 12 / 12 个章');
  await expect(fresh.locator('.certificate-image')).toHaveAttribute('alt', /小星星/);
  for (const p of ['checkin-01', 'checkin-12']) {
    await expect(fresh.locator(`[data-point="${p}"] .stamp-time`)).toHaveText((await page.locator(`[data-point="${p}"] .stamp-time`).textContent())!);
  }
  await other.close();
});

test('a social worker verifies a passport and catches a made-up stamp', async ({ page }) => {
  await page.goto(`/checkin/checkin-02/?k=${codeOf('checkin-02')}`);
  await expect(status(page)).toContainText('盖章成功');
  await page.goto('/passport/');
  const code = (await page.locator('.progress-code').textContent())!;
  const key = (await import('node:fs')).readFileSync('var/checkin-secret.txt', 'utf8').trim();
  await page.goto(`/passport/verify/#key=${key}`);
  await expect(page).toHaveURL(/\/passport\/verify\/$/);
  await page.getByLabel('进度码').fill(code);
  await page.getByRole('button', { name: '核对' }).click();
  await expect(page.locator('.verify-summary')).toHaveText('1 个印章有效，0 个无效。');
  // A stamp typed into another passport's code by hand: re-encode with a made-up proof.
  const forged = execFileSync('node_modules/.bin/tsx', ['-e', `
    import { decodeProgressCode, encodeProgressCode, communityTag } from './src/core/passport/progressCode.ts';
    const trail = ${JSON.stringify(points.map((p) => p.id))}; const tag = communityTag('cailing');
    const d = decodeProgressCode(${JSON.stringify(code)}, trail, tag);
    if (!d.ok) throw new Error('bad');
    d.passport.stamps['checkin-09'] = { minute: 999999, method: 'qr', proof: '12345678' };
    console.log(encodeProgressCode(d.passport, trail, tag));`], { encoding: 'utf8' }).trim();
  await page.getByLabel('进度码').fill(forged);
  await page.getByRole('button', { name: '核对' }).click();
  await expect(page.locator('.verify-summary')).toHaveText('1 个印章有效，1 个无效。');
  await expect(page.locator('.is-invalid')).toContainText('9. 邻里守望');
});

test('inside WeChat the passport suggests copying the progress link, then opening in a browser', async ({ browser }) => {
  const wechat = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116 Mobile Safari/537.36 MicroMessenger/8.0.40' });
  const page = await wechat.newPage();
  await page.goto('/passport/');
  await expect(page.getByText(/先点“复制进度链接”.*再点右上角“…”，选“在浏览器打开”/)).toBeVisible();
  await wechat.close();
});

test('after a first visit, the passport and a check-in page work offline, in elder mode too', async ({ page, context }) => {
  await page.goto('/trail/');
  // The service worker installs (precaching the offline pages), activates and takes control of the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
  await page.getByRole('button', { name: '长辈模式（大字）' }).click();
  await context.setOffline(true);
  await page.goto('/passport/');
  await expect(page.locator('.passport-progress')).toHaveText('已盖 0 / 12 个章');
  // Large type offline as well: the switch is part of the cached page, not a file of its own.
  await expect(page.locator('html')).toHaveClass(/\belder\b/);
  await expect(page.getByRole('button', { name: '长辈模式（大字）' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`/checkin/checkin-04/?k=${codeOf('checkin-04')}`);
  await expect(status(page)).toHaveText('盖章成功！你拿到了第 4 站的章。');
  await page.goto('/');
  await expect(page.locator('.cm-summary')).toHaveText('地图上显示 62 幢楼、18 个主要地标（含 12 个打卡点）；放大可见全部 28 个地标。');
  await context.setOffline(false);
});

test('an English reader\'s first visit caches the English walk, so an English check-in page works offline', async ({ page, context }) => {
  await page.goto('/en/trail/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.evaluate(async () => Boolean(await (await caches.open('pages')).match('/en/checkin/checkin-04/'))), { timeout: 15_000 }).toBe(true);
  await context.setOffline(true);
  await page.goto(`/en/checkin/checkin-04/?k=${codeOf('checkin-04')}`);
  await expect(status(page)).toContainText('stop 4');
  await page.goto('/en/passport/');
  await expect(page.locator('.passport-progress')).toContainText('1');
  await context.setOffline(false);
});

test('the posters script prints one A4 page per check-in point, each with its QR link', async ({ browser }) => {
  execFileSync('node_modules/.bin/tsx', ['scripts/posters.ts'], { env: { ...process.env, SITE_URL: `http://127.0.0.1:${PORTS.site}` } });
  const page = await browser.newPage();
  await page.goto(`file://${resolve('var/posters/index.html')}`);
  await expect(page.locator('.poster')).toHaveCount(12);
  await expect(page.locator('.poster').nth(4).locator('h1')).toHaveText('山水长卷');
  const link = (await page.locator('.poster').nth(4).locator('.url').textContent())!;
  expect(link).toBe(`http://127.0.0.1:${PORTS.site}/checkin/checkin-05/?k=${codeOf('checkin-05')}`);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  expect((text.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(12);
  // A4 is 595 × 842 points.
  expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/);
  await page.close();
  const phone = await browser.newPage();
  await phone.goto(link);
  await expect(phone.locator('.checkin-status')).toHaveText('盖章成功！你拿到了第 5 站的章。');
  await phone.close();
});
