import type { Page } from '@playwright/test';

/** Colours painted on the map's canvas (the buildings and shapes), as #rrggbb. */
export async function canvasColours(page: Page): Promise<Set<string>> {
  const colours = await page.locator('.leaflet-overlay-pane canvas').first().evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 16) if (data[i + 3] === 255) seen.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`);
    return [...seen];
  });
  return new Set(colours);
}
