import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds wrong on the page as it is now. Axe runs in the page itself ("legacy mode"), not frame by frame with
 * the results put together in a new blank tab for every call: that tab was half the time of each check (the 52 pages
 * of the accessibility spec took 56 s, now 28 s). Our pages have no frames, so axe checks the same elements either way.
 */
export async function axeViolations(page: Page) {
  return (await new AxeBuilder({ page }).setLegacyMode().analyze()).violations;
}
