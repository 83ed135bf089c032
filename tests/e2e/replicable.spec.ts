import { expect, test } from '@playwright/test';
import { PORTS } from '../../playwright.config';

// dist-tiny is built from tests/fixtures/tiny alone (COMMUNITY_DIR): the code has no Cailing in it.
test.use({ baseURL: `http://127.0.0.1:${PORTS.tiny}` });

test('a second, tiny community builds into its own site', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('示例社区');
  await expect(page.locator('body')).not.toContainText('采菱');
  await page.goto('/en/landmarks/');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3);
  await page.getByRole('link', { name: /Little Fish Wall/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Little Fish Wall');
  await page.goto('/buildings/');
  await expect(page.locator('.number-grid a')).toHaveCount(3);
  await page.goto('/en/buildings/2/');
  await expect(page.locator('#stairwell-2-2')).toContainText('Building 2, stairwell 2');
});
