import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';

/** What a phone's camera reads from the QR code shown in `qr`: a screenshot of it, decoded with jsQR. */
export async function readQr(qr: Locator): Promise<string> {
  const { data, info } = await sharp(await qr.screenshot()).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  if (!found) throw new Error('no QR code could be read from the screenshot');
  return found.data;
}
