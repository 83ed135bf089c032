import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { formTokenFromPage } from '../support/submissionToken';

/** What a page reported over its whole life, every navigation included. */
type PageReport = { cspViolations: string[]; dialogs: string[]; errors: string[]; consoleErrors: string[] };

/**
 * Listens to a page for its whole life: Content-Security-Policy violations (reported to the test as they happen,
 * so a later navigation cannot wipe them), dialogs (dismissed), uncaught errors and console errors. Call it
 * before the first navigation; read the report after `closeWhenSettled`, so nothing that fires while the page
 * is driven, loads or settles gets past (no fixed sleep that a later alert outlasts).
 */
async function watchPage(page: Page): Promise<PageReport> {
  const report: PageReport = { cspViolations: [], dialogs: [], errors: [], consoleErrors: [] };
  const where = () => new URL(page.url()).pathname;
  await page.exposeBinding('reportCspViolation', (_source, violation: string) => { report.cspViolations.push(violation); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('dialog', (d) => { report.dialogs.push(`${where()}: ${d.type()} ${d.message()}`); void d.dismiss(); });
  page.on('pageerror', (e) => report.errors.push(`${where()}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') report.consoleErrors.push(`${where()}: ${m.text()}`); });
  return report;
}

/**
 * Lets the page finish what it loads, then closes it, so the report is final: nothing on the network for 500 ms,
 * every image loaded or failed (an injected `onerror` fires then), and one more task for the handlers that queues.
 */
async function closeWhenSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  await page.close();
}

const PAGES = ['/', '/en/', '/landmarks/', '/landmarks/checkin-05/', '/en/buildings/22/', '/trail/', '/checkin/checkin-03/', '/passport/', '/passport/verify/', '/submit/', '/en/submit/', '/submit/status/AAAAAAAAAAAAAAAAAAAA/', '/admin/login/', '/no-such-page/'];

test('every page type carries a strict CSP and the security headers, and breaks none of it', async ({ page }) => {
  const report = await watchPage(page);
  for (const path of PAGES) {
    const response = (await page.goto(path))!;
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
    await page.waitForLoadState('networkidle');
  }
  await closeWhenSettled(page);
  expect(report.cspViolations).toEqual([]);
  expect(report.dialogs).toEqual([]);
  expect(report.errors).toEqual([]);
});

test('the watch catches what fires after the last check: a blocked inline handler and a late alert', async ({ page }) => {
  const report = await watchPage(page);
  await page.goto('/landmarks/');
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.png" onerror="alert(1)" alt="">');
    const late = new Image();
    late.addEventListener('error', () => alert('late'));
    late.src = '/no-such-image-either.png';
    document.body.append(late);
  });
  await closeWhenSettled(page);
  expect(report.cspViolations).toEqual([expect.stringMatching(/^\/landmarks\/: script-src-attr /)]);
  expect(report.dialogs).toEqual(['/landmarks/: alert late']);
});

test('hashed assets are cached for a year; pages are revalidated; server answers are never cached', async ({ request, page }) => {
  await page.goto('/trail/');
  const asset = await page.locator('script[type="module"][src^="/_astro/"], link[rel="stylesheet"][href^="/_astro/"]').first().evaluate((el) => el.getAttribute('src') ?? el.getAttribute('href'));
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/trail/')).headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect((await request.get('/submit/')).headers()['cache-control']).toBe('no-store');
  const compressed = await request.get('/', { headers: { 'accept-encoding': 'br' } });
  expect(compressed.headers()['content-encoding']).toBe('br');
});

test.describe('with basemap tiles configured', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.tiled}` });
  test('the map loads its tiles without a CSP violation', async ({ page }) => {
    const report = await watchPage(page);
    await page.goto('/');
    await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    await closeWhenSettled(page);
    expect(report.cspViolations).toEqual([]);
  });
});

test.describe('a published story full of script', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
  // Publishing waits for the moderation server's rebuild, behind those the map editor's tests ask for meanwhile.
  test.setTimeout(400_000);

  test('is shown as text on its page and on the map, and never runs', async ({ page, request }) => {
    // Listening from the first navigation to after the page is closed: a script that runs late still fails the test.
    const report = await watchPage(page);
    const base = `http://127.0.0.1:${PORTS.moderation}`;
    const xss = '<img src=x onerror=alert(1)>';
    const form = { lang: 'zh-CN', title: `${xss}标题`, body: `<script>alert(2)</script> [点我](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">链接</a> ${xss}`, kind: 'mural', building: '40', consent: 'yes', website: '', formToken: await formTokenFromPage(base) };
    const sent = await request.post('/api/submissions', { multipart: form, headers: { origin: base, accept: 'application/json' } });
    expect(sent.status()).toBe(201);
    const { receipt } = await sent.json();
    await page.goto('/admin/login/');
    await page.getByLabel('名字').fill('admin');
    await page.getByLabel('密码').fill(TEST_ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: /标题/ }).first().click();
    await page.getByRole('button', { name: '通过并发布' }).click();
    // The approval commits to the content store, which other tests' saves may hold for a moment.
    await expect(page.getByRole('status')).toHaveText('已通过，正在重新生成网站。', { timeout: 30_000 });
    let href = '';
    await expect.poll(async () => {
      const html = await (await request.get(`/submit/status/${receipt}/`)).text();
      href = /href="(\/landmarks\/resident-\d+\/)"/.exec(html)?.[1] ?? '';
      return href;
    }, { timeout: 340_000, intervals: [2000] }).not.toBe('');

    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${xss}标题`);
    await expect(page.locator('.story-body')).toContainText('<script>alert(2)</script>');
    expect(await page.locator('.story-body a, .story-body img, .story-body script').count()).toBe(0);
    await page.goto(`/?focus=${href.split('/')[2]}`);
    await expect(page.locator('.cm-sheet').getByRole('heading', { level: 2 })).toHaveText(`${xss}标题`);
    await closeWhenSettled(page);
    expect(report.dialogs).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.cspViolations).toEqual([]);
  });
});
