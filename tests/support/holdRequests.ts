import type { Page } from '@playwright/test';

/** Holds the page's requests for `url` back until the function it gives is called: a script that has not come yet. */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(url, async (route) => { await held; await route.continue(); });
  return release;
}
