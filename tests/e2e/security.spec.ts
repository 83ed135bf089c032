import { expect, test, type Page } from '@playwright/test';
import { PORTS, TEST_ADMIN_PASSWORD } from '../../playwright.config';
import { formTokenFromPage } from '../support/submissionToken';

/** Collects every Content-Security-Policy violation a page reports. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const PAGES = ['/', '/en/', '/landmarks/', '/landmarks/checkin-05/', '/en/buildings/22/', '/trail/', '/checkin/checkin-03/', '/passport/', '/passport/verify/', '/submit/', '/en/submit/', '/submit/status/AAAAAAAAAAAAAAAAAAAA/', '/admin/login/', '/no-such-page/'];

test('every page type carries a strict CSP and the security headers, and breaks none of it', async ({ page }) => {
  const violations = await watchCsp(page);
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
    expect(await violations(), path).toEqual([]);
  }
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
    const violations = await watchCsp(page);
    await page.goto('/');
    await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});

test.describe('a published story full of script', () => {
  test.use({ baseURL: `http://127.0.0.1:${PORTS.moderation}` });
  test.setTimeout(240_000);

  test('is shown as text on its page and on the map, and never runs', async ({ page, request }) => {
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
    await expect(page.getByRole('status')).toHaveText('已通过，正在重新生成网站。');
    let href = '';
    await expect.poll(async () => {
      const html = await (await request.get(`/submit/status/${receipt}/`)).text();
      href = /href="(\/landmarks\/resident-\d+\/)"/.exec(html)?.[1] ?? '';
      return href;
    }, { timeout: 200_000, intervals: [2000] }).not.toBe('');

    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
    const violations = await watchCsp(page);
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${xss}标题`);
    await expect(page.locator('.story-body')).toContainText('<script>alert(2)</script>');
    expect(await page.locator('.story-body a, .story-body img, .story-body script').count()).toBe(0);
    await page.goto(`/?focus=${href.split('/')[2]}`);
    await expect(page.locator('.cm-sheet').getByRole('heading', { level: 2 })).toHaveText(`${xss}标题`);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
  });
});
