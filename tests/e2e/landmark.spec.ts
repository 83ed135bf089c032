import { expect, test } from '@playwright/test';

test('a landmark story in Chinese: title, picture with alt text, story, language and trail links', async ({ page }) => {
  await page.goto('/landmarks/checkin-05/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山水长卷');
  const img = page.getByRole('main').getByRole('img');
  await expect(img).toHaveAttribute('alt', /插图/);
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(page.getByText('步道第 5 站，共 12 站')).toBeVisible();
  await expect(page.getByRole('link', { name: /上一站：采菱水乡/ })).toHaveAttribute('href', '/landmarks/checkin-04/');
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/landmarks\/checkin-05\/$/);
  expect(await page.locator('.story-body p').count()).toBeGreaterThan(1);
});

test('the same story in English, reached with the language switch', async ({ page }) => {
  await page.goto('/landmarks/celebrity-22/');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/landmarks\/celebrity-22\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Celebrity Stairwell, Building 22');
  await expect(page.getByRole('main').getByRole('link', { name: 'Building 22' })).toHaveAttribute('href', '/en/buildings/22/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/landmarks\/celebrity-22\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('22幢网红楼道');
});

test('the landmark index groups all 28 landmarks by kind, check-in points in trail order', async ({ page }) => {
  await page.goto('/en/landmarks/');
  const checkins = page.locator('section', { has: page.getByRole('heading', { name: /Mural check-in points/ }) }).getByRole('listitem');
  await expect(checkins).toHaveCount(12);
  await expect(checkins.first()).toContainText('1. Colourful Welcome Wall');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(28);
});

test('story, building and index pages ship no framework JavaScript: the elder-mode switch and two tiny page scripts', async ({ page }) => {
  for (const path of ['/landmarks/', '/landmarks/pet-tribe/', '/en/landmarks/checkin-01/', '/buildings/', '/en/buildings/22/']) {
    await page.goto(path);
    const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => ({ src: e.getAttribute('src'), text: e.textContent ?? '' })));
    // The elder-mode switch is written into the head, so no request holds up the first paint.
    expect(scripts[0]!.src, path).toBeNull();
    expect(scripts[0]!.text, path).toContain("'elder-mode'");
    // The language switch keeps the map's ?focus= (every page); the share button (story and building pages).
    for (const { src } of scripts.slice(1)) expect(src, path).toMatch(/^\/_astro\/(LanguageSwitch|ShareButton)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    expect(await page.locator('astro-island').count(), path).toBe(0);
    const js = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js')).map((r) => ({ name: r.name, size: (r as PerformanceResourceTiming).decodedBodySize })));
    expect(js.map((r) => r.name).filter((n) => /preact|leaflet|signals|client\./.test(n)), path).toEqual([]);
    expect(js.reduce((sum, r) => sum + r.size, 0), `${path}: ${JSON.stringify(js)}`).toBeLessThan(4_500);
  }
});
