import type { Page } from '@playwright/test';

/**
 * Taps the picker map at `[lng, lat]`: the screen position is worked out from the building number labels
 * (each sits on its building's anchor), so the test needs no handle on Leaflet.
 * Anchors: building 22 [120.0012565, 31.790947], 18 [119.9979725, 31.790947], 30 [120.0020275, 31.790451].
 */
export async function tapMapAt(page: Page, [lng, lat]: [number, number]) {
  const map = page.getByRole('region', { name: '地图上点的位置' });
  await map.scrollIntoViewIfNeeded();
  const centre = async (n: number) => {
    const b = (await map.locator('.cm-picker-label', { hasText: new RegExp(`^${n}$`) }).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const [b22, b18, b30] = [await centre(22), await centre(18), await centre(30)];
  const perLng = (b22.x - b18.x) / (120.0012565 - 119.9979725);
  const perLat = (b30.y - b22.y) / (31.790451 - 31.790947);
  await page.mouse.click(b22.x + (lng - 120.0012565) * perLng, b22.y + (lat - 31.790947) * perLat);
}
