import sharp from 'sharp';
import { cacheKey, cacheRead, cacheWrite } from './buildCache';

// A palette PNG: the cards are flat map colours, so 256 colours keep them small and sharp.
const PNG_OPTIONS = { palette: true, compressionLevel: 9, effort: 10 } as const;
const VERSION = `share-png:${sharp.versions.sharp}:${sharp.versions.vips}:${JSON.stringify(PNG_OPTIONS)}`;

/**
 * The PNG of a share card's SVG. A palette PNG at full effort takes ~0.1 s and a community has one card per
 * place, so a picture rendered by an earlier build (the same SVG) comes from the build cache.
 */
export async function sharePng(svg: string): Promise<Buffer> {
  const key = cacheKey(VERSION, svg);
  const cached = cacheRead('share-cards', key);
  if (cached) return cached;
  const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
  cacheWrite('share-cards', key, png);
  return png;
}
