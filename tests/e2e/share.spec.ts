import { expect, test, type Page } from '@playwright/test';

const sheet = (page: Page) => page.locator('.cm-sheet');

/**
 * A phone without the Web Share API (as in many in-app browsers): navigator.share is taken away, and the
 * clipboard write is recorded in `window.copied` (or refused, when `refuse` is set) instead of touching the
 * machine's real clipboard.
 */
async function withoutWebShare(page: Page, refuse = false) {
  await page.addInitScript((refuseCopy) => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) => {
          if (refuseCopy) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
          (window as unknown as { copied: string }).copied = text;
          return Promise.resolve();
        },
      },
    });
  }, refuse);
}
const copied = (page: Page) => page.evaluate(() => (window as unknown as { copied?: string }).copied);

test('the share button in a place\'s details copies its ?focus= map link and says so', async ({ page }) => {
  await withoutWebShare(page);
  await page.goto('/?focus=checkin-05');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('山水长卷');
  await sheet(page).getByRole('button', { name: '分享' }).click();
  await expect(sheet(page).getByRole('status')).toHaveText('链接已复制');
  expect(await copied(page)).toBe(new URL('/?focus=checkin-05', page.url()).href);
});

test('when the clipboard is refused, the link is shown selected for the visitor to copy', async ({ page }) => {
  await withoutWebShare(page, true);
  await page.goto('/en/?focus=b22');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toBeVisible();
  await sheet(page).getByRole('button', { name: 'Share' }).click();
  await expect(sheet(page).getByRole('status')).toContainText('copy the link below');
  const link = sheet(page).getByRole('textbox', { name: 'Link to share' });
  await expect(link).toHaveValue(new URL('/en/?focus=b22', page.url()).href);
  await expect(link).toBeFocused();
});

test('a story page\'s share button copies the story\'s own address', async ({ page }) => {
  await withoutWebShare(page);
  await page.goto('/landmarks/checkin-05/');
  await page.getByRole('main').getByRole('button', { name: '分享' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('链接已复制');
  expect(await copied(page)).toBe(new URL('/landmarks/checkin-05/', page.url()).href);
});

test('switching language keeps the place in focus, also after picking another one on the map', async ({ page }) => {
  const english = page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' });
  await page.goto('/?focus=checkin-05');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('山水长卷');
  await expect(english).toHaveAttribute('href', '/en/?focus=checkin-05');
  await english.click();
  await expect(page).toHaveURL(/\/en\/\?focus=checkin-05$/);
  await expect(sheet(page).getByRole('heading', { level: 2 })).toBeVisible();

  await page.goto('/?focus=b22');
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText('22幢');
  await sheet(page).getByRole('button', { name: '22幢1单元' }).click();
  await expect(page).toHaveURL(/\?focus=22-1/);
  await english.click();
  await expect(page).toHaveURL(/\/en\/\?focus=22-1$/);
  await expect(sheet(page).getByRole('heading', { level: 2 })).toHaveText(/22/);
});
