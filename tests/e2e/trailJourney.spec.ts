import { randomBytes } from 'node:crypto';
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { secretFingerprint } from '../../src/core/passport/secretFingerprint';
import { readQr } from '../support/readQr';
import { codeOf, secret, trailPoints } from '../support/trailFixtures';

const points = trailPoints();
const SITE = `http://127.0.0.1:${PORTS.site}`;
const ADMIN = `http://127.0.0.1:${PORTS.moderation}`;
const WECHAT_UA = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/116 Mobile Safari/537.36 MicroMessenger/8.0.40';
const status = (page: Page) => page.locator('.checkin-status');
/** A position `east` and `north` metres from `at`. */
const near = ([lng, lat]: [number, number], east: number, north: number) => ({ longitude: lng + east / 94_630, latitude: lat + north / 111_000, accuracy: 8 });
/** 9:00 on a Saturday morning in Changzhou, plus `minutes`. */
const at = (minutes: number) => new Date(Date.UTC(2026, 5, 6, 1, minutes));

/** Stamps point `id` by its printed QR link, with the phone's clock at `clock`. */
async function scanPoint(page: Page, id: string, clock: Date) {
  await page.clock.setFixedTime(clock);
  await page.goto(`/checkin/${id}/?k=${codeOf(id)}`);
  await expect(status(page)).toContainText('盖章成功');
}

/** A social worker's phone with the check key loaded by scanning the QR code on the admin page. */
async function workerPhoneWithKey(context: BrowserContext): Promise<Page> {
  const admin = await context.newPage();
  await admin.goto(`${ADMIN}/admin/login/`);
  await admin.getByLabel('名字').fill('admin');
  await admin.getByLabel('密码').fill(TEST_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: '登录' }).click();
  const fingerprint = secretFingerprint(secret());
  await expect(admin.getByText(`密钥指纹：${fingerprint}`)).toBeVisible();
  await admin.getByText('给社工的手机装上核对密钥：显示二维码').click();
  const link = await readQr(admin.getByRole('img', { name: `核对密钥二维码（指纹 ${fingerprint}）` }));
  expect(link).toMatch(/\/passport\/verify\/#key=[0-9a-f]{64}$/);
  await admin.close();
  // The phone opens what its camera read, on the public site.
  const phone = await context.newPage();
  await phone.goto(link.replace(/^https?:\/\/[^/]+/, SITE));
  await expect(phone.locator('.verify-keystate')).toHaveText(`核对密钥已存到这台手机（指纹 ${fingerprint}）。`);
  await expect(phone).toHaveURL(/\/passport\/verify\/$/);
  await phone.reload();
  await expect(phone.locator('.verify-keystate')).toHaveText(`这台手机已存好核对密钥（指纹 ${fingerprint}）。`);
  await expect(phone.getByLabel(/核对密钥/)).toBeHidden();
  return phone;
}

test.describe('a little master walks the trail', () => {
  test.setTimeout(150_000);
  test.use({ permissions: ['geolocation'], geolocation: near(points[0]!.at, 400, 400) });

  test('scans point 1, walks to 5 by location, sees the way on, fills a book of 12 stamps, moves phones by the QR link, and a social worker verifies it', async ({ page, context, browser }) => {
    // Point 1 by its QR code: the stamp, the progress, and the way to point 2 instead of the button.
    await scanPoint(page, points[0]!.id, at(0));
    await expect(page.locator('.checkin-progress')).toHaveText('“采”绘步道 · 已集 1/12 个章');
    await expect(page.getByRole('img', { name: /彩色迎宾墙/ }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: '我到了' })).toBeHidden();
    await expect(page.getByRole('heading', { name: '下一站：第 2 站 垃圾分类小课堂' })).toBeVisible();

    // Points 2–4 by QR, five minutes apart; then point 5 by location: too far first, then there.
    for (let i = 1; i < 4; i += 1) await scanPoint(page, points[i]!.id, at(5 * i));
    await page.clock.setFixedTime(at(20));
    await context.setGeolocation(near(points[4]!.at, -150, 0));
    await page.goto('/checkin/checkin-05/');
    await expect(page.locator('.checkin-progress')).toHaveText('“采”绘步道 · 已集 4/12 个章');
    await expect(page.getByRole('img', { name: /山水长卷/ }).first()).toBeVisible();
    await page.getByRole('button', { name: '我到了' }).click();
    await expect(status(page)).toHaveText(/^你离这里还有 1[45]\d 米，往东走。$/);
    await context.setGeolocation(near(points[4]!.at, 6, -8));
    await page.getByRole('button', { name: '我到了' }).click();
    await expect(status(page)).toHaveText('盖章成功！你拿到了第 5 站的章。');
    await expect(page.locator('.checkin-progress')).toHaveText('“采”绘步道 · 已集 5/12 个章');
    await expect(page.getByRole('button', { name: '我到了' })).toBeHidden();
    // The way on: a small map along the walkway, the distance, and a building to look for.
    await expect(page.getByRole('heading', { name: '下一站：第 6 站 楼道公约墙' })).toBeVisible();
    await expect(page.getByRole('img', { name: '小地图：从第 5 站沿步道走到第 6 站，蓝线是要走的路' })).toBeVisible();
    await expect(page.locator('.checkin-way')).toContainText(/沿彩色步道走约 \d+ 米（约 \d+ 分钟），看到 \d+幢就快到了。/);
    await page.getByRole('link', { name: '出发去第 6 站 →' }).click();
    await expect(page).toHaveURL(/\/checkin\/checkin-06\/$/);

    for (let i = 5; i < 12; i += 1) await scanPoint(page, points[i]!.id, at(5 * i));
    await expect(page.getByText('12 站全部完成！去护照里领证书吧。')).toBeVisible();

    // The passport: a book of 12 different stamps, all in colour now.
    await page.goto('/passport/');
    await expect(page.locator('.passport-progress')).toHaveText('已盖 12 / 12 个章');
    await expect(page.locator('.stamp-grid li.is-stamped')).toHaveCount(12);
    const designs = await page.locator('.stamp-grid .stamp-art').evaluateAll((els) => els.map((e) => e.innerHTML));
    expect(new Set(designs).size).toBe(12);
    // The certificate follows the nickname while it is typed, and saves as a PNG.
    await page.getByLabel(/你的昵称/).pressSequentially('小星星');
    await expect(page.locator('.certificate-image')).toHaveAttribute('alt', /小星星走完了全部 12 个涂鸦打卡点/);
    await expect(page.getByRole('link', { name: '保存证书图片' })).toHaveAttribute('href', /^data:image\/png;base64,/);

    // A new phone scans the progress QR code: it holds the link, and opening it brings everything back.
    const link = await readQr(page.locator('.progress-qr'));
    expect(link).toBe(await page.locator('.progress-code').textContent());
    const code = link.split('#restore=')[1]!;
    expect(link).toMatch(new RegExp(`^${SITE}/passport/#restore=[\\w-]+$`));
    expect(code.length).toBeLessThanOrEqual(90);
    const newPhone = await browser.newContext();
    const fresh = await newPhone.newPage();
    await fresh.goto(link);
    await expect(fresh.locator('.restore-status')).toHaveText('用进度链接找回了印章，现在一共 12 个。');
    await expect(fresh.locator('.passport-progress')).toHaveText('已盖 12 / 12 个章');
    await expect(fresh).toHaveURL(`${SITE}/passport/`);
    await expect(fresh.locator('.certificate-image')).toHaveAttribute('alt', /小星星/);
    const childQr = fresh.locator('.progress-qr');
    const childLink = await readQr(childQr);

    // The social worker loads the key once from the admin page, then scans the child's QR code with the camera.
    const worker = await browser.newContext({ permissions: ['camera'] });
    const phone = await workerPhoneWithKey(worker);
    const qrPng = (await childQr.screenshot()).toString('base64');
    // The phone's camera sees the child's screen: a camera stream painted from that screenshot.
    await phone.addInitScript((png) => {
      navigator.mediaDevices.getUserMedia = async () => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width + 80;
        canvas.height = img.height + 80;
        const c = canvas.getContext('2d')!;
        const paint = () => { c.fillStyle = '#fff'; c.fillRect(0, 0, canvas.width, canvas.height); c.drawImage(img, 40, 40); };
        paint();
        setInterval(paint, 100);
        return canvas.captureStream(10);
      };
    }, qrPng);
    await phone.reload();
    await phone.getByRole('button', { name: '扫孩子的进度二维码' }).click();
    await expect(phone.locator('#verify-code')).toHaveValue(childLink, { timeout: 15_000 });
    await expect(phone.locator('.verify-summary')).toHaveText('12 个印章有效，0 个无效。');
    await expect(phone.locator('.verify-result .is-valid')).toHaveCount(12);
    await expect(phone.locator('.verify-result')).not.toContainText('太快');
    await newPhone.close();
    await worker.close();
  });
});

test('a wrong key is called a wrong key, and no stamp is called fake', async ({ page, browser }) => {
  await scanPoint(page, 'checkin-02', at(0));
  await page.goto('/passport/');
  const link = (await page.locator('.progress-code').textContent())!;
  const worker = await browser.newContext();
  const phone = await worker.newPage();
  const wrong = randomBytes(32).toString('hex');
  const got = secretFingerprint(Uint8Array.from(Buffer.from(wrong, 'hex')));
  const want = secretFingerprint(secret());
  await phone.goto(`/passport/verify/#key=${wrong}`);
  await expect(phone.locator('.verify-keystate')).toHaveText(`核对密钥不对：它的指纹是 ${got}，这个网站的是 ${want}。印章还没有核对。请重新扫管理页的二维码。`);
  // Typed by hand instead: still refused before any stamp is looked at.
  await phone.getByLabel(/核对密钥/).fill(wrong.toUpperCase());
  await phone.getByLabel('孩子的进度链接或进度码').fill(link);
  await phone.getByRole('button', { name: '核对' }).click();
  await expect(phone.locator('.verify-result')).toHaveText(`核对密钥不对：它的指纹是 ${got}，这个网站的是 ${want}。印章还没有核对。请重新扫管理页的二维码。`);
  await expect(phone.locator('.verify-result')).not.toContainText('无效');
  await phone.getByLabel(/核对密钥/).fill(Buffer.from(secret()).toString('hex'));
  await phone.getByRole('button', { name: '核对' }).click();
  await expect(phone.locator('.verify-summary')).toHaveText('1 个印章有效，0 个无效。');
  await worker.close();
});

test('stamps closer in time than a fast walk allows are flagged too fast, with the numbers, and are still valid', async ({ page, browser }) => {
  await scanPoint(page, 'checkin-01', at(0));
  await scanPoint(page, 'checkin-03', at(8));
  await scanPoint(page, 'checkin-12', at(8));
  await page.goto('/passport/');
  const link = (await page.locator('.progress-code').textContent())!;
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(`/passport/verify/#key=${Buffer.from(secret()).toString('hex')}`);
  await phone.getByLabel('孩子的进度链接或进度码').fill(link);
  await phone.getByRole('button', { name: '核对' }).click();
  await expect(phone.locator('.verify-summary')).toHaveText('3 个印章有效，0 个无效。');
  await expect(phone.locator('.verify-fast-summary')).toHaveText('1 处盖章太快（不算无效，请问问孩子是怎么走的）：');
  await expect(phone.locator('.is-fast')).toHaveText(/^⚠ 第 3 站 → 第 12 站：至少 \d+ 米，两个章只隔了不到 1 分钟；快步走（每秒 2 米）也要约 \d+ 秒。$/);
  await phone.context().close();
});

test('a camera that is refused or missing falls back to pasting the link', async ({ page }) => {
  await page.goto('/passport/verify/');
  await page.getByRole('button', { name: '扫孩子的进度二维码' }).click();
  await expect(page.locator('.verify-scan-status')).toHaveText('用不了相机（没有允许，或者没有相机）。请让孩子点“复制进度链接”，粘贴到下面。');
  await expect(page.getByLabel('孩子的进度链接或进度码')).toBeFocused();
});

test('a damaged or foreign progress link changes nothing and says why', async ({ page }) => {
  await scanPoint(page, 'checkin-04', at(0));
  await page.goto('/passport/');
  const link = (await page.locator('.progress-code').textContent())!;
  const cut = link.indexOf('#restore=') + 14;
  const damaged = link.slice(0, cut) + (link.slice(cut, cut + 4) === 'AAAA' ? 'BBBB' : 'AAAA') + link.slice(cut + 4);
  await page.goto(damaged);
  await expect(page.locator('.restore-status')).toHaveText('这个进度链接没用上：进度码有地方不对，可能抄错了。请再对一遍。 你原来的印章都还在。');
  await expect(page.locator('.passport-progress')).toHaveText('已盖 1 / 12 个章');
  // Another passport's link (another child's) does not mix into this one.
  const other = await (await page.context().browser()!.newContext()).newPage();
  await scanPoint(other, 'checkin-07', at(3));
  await other.goto('/passport/');
  const otherLink = (await other.locator('.progress-code').textContent())!;
  await page.goto(otherLink);
  await expect(page.locator('.restore-status')).toHaveText('这个进度链接没用上：这个进度码属于另一本护照。 你原来的印章都还在。');
  await expect(page.locator('.passport-progress')).toHaveText('已盖 1 / 12 个章');
  await other.context().close();
});

test.describe('inside WeChat', () => {
  test.use({ userAgent: WECHAT_UA, permissions: ['clipboard-read', 'clipboard-write'] });

  test('every trail page shows the hint, copy first, then open in the browser, where the link restores the stamps', async ({ page, browser }) => {
    await scanPoint(page, 'checkin-03', at(0));
    const hint = page.locator('.wechat-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('① 先点“复制进度链接”；② 再点右上角“…”，选“在浏览器打开”；③ 在浏览器里粘贴这个链接打开');
    for (const path of ['/checkin/checkin-09/', '/passport/', '/trail/', '/en/checkin/checkin-01/']) {
      await page.goto(path);
      await expect(page.locator('.wechat-hint'), path).toBeVisible();
    }
    await expect(page.locator('.wechat-hint')).toContainText('1. tap “Copy the progress link”; 2. tap “…”');
    await page.goto('/checkin/checkin-09/');
    await page.getByRole('button', { name: '复制进度链接' }).click();
    await expect(page.locator('.wechat-status')).toHaveText('进度链接已复制。现在点右上角“…”，选“在浏览器打开”。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/passport\/#restore=[\w-]+$/);
    // The phone's own browser: its own empty storage, until the copied link is opened.
    const phoneBrowser = await browser.newContext({ userAgent: devices['Pixel 7'].userAgent });
    const opened = await phoneBrowser.newPage();
    await opened.goto(copied);
    await expect(opened.locator('.passport-progress')).toHaveText('已盖 1 / 12 个章');
    await expect(opened.locator('[data-point="checkin-03"]')).toHaveClass(/is-stamped/);
    await expect(opened.locator('.wechat-hint')).toBeHidden();
    await phoneBrowser.close();
  });
});
