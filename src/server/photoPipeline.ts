import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { SUBMISSION_LIMITS } from '../schemas/submission';

/** Largest picture accepted, in pixels (a 40-megapixel phone photo fits; a decompression bomb does not). */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Longest side of the stored photo. */
export const MAX_SIDE = 1600;

export type PhotoError = 'photo-empty' | 'photo-size' | 'photo-type' | 'photo-pixels' | 'photo-broken';

/**
 * Re-encodes an uploaded photo: the type is read from its bytes (JPEG, PNG or WebP; anything else is
 * refused, whatever its name), the pixel count is capped before decoding, orientation is applied, the
 * longest side capped, and the result written as JPEG with no metadata at all (EXIF, GPS, ICC, XMP gone).
 * JPEG, not WebP: libjpeg-turbo encodes about 10× faster, which is the server's bottleneck; the build makes
 * WebP copies for the pages anyway.
 */
export async function processPhoto(input: Uint8Array): Promise<{ ok: true; data: Buffer; sha256: string } | { ok: false; error: PhotoError }> {
  if (input.length === 0) return { ok: false, error: 'photo-empty' };
  if (input.length > SUBMISSION_LIMITS.photoBytes) return { ok: false, error: 'photo-size' };
  if (!imageType(input)) return { ok: false, error: 'photo-type' };
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    if (!meta.format || !['jpeg', 'png', 'webp'].includes(meta.format)) return { ok: false, error: 'photo-type' };
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) return { ok: false, error: 'photo-pixels' };
    const data = await image.rotate().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
    return { ok: true, data, sha256: createHash('sha256').update(data).digest('hex') };
  } catch (error) {
    const message = String((error as Error).message);
    if (/pixel limit/i.test(message)) return { ok: false, error: 'photo-pixels' };
    if (/unsupported image format|bad seek|not a known file format/i.test(message)) return { ok: false, error: 'photo-type' };
    return { ok: false, error: 'photo-broken' };
  }
}

/** JPEG, PNG or WebP, told by the file's first bytes (never by its name or the browser's word). */
function imageType(b: Uint8Array): 'jpeg' | 'png' | 'webp' | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

/** Writes a processed photo under a random name in `dir`, durably (written, synced, renamed into place). */
export function storePhoto(dir: string, data: Buffer): string {
  const name = `${randomBytes(16).toString('hex')}.jpg`;
  const temp = join(dir, `.${name}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(dir, name));
  const dirFd = openSync(dir, 'r');
  try { fsyncSync(dirFd); } finally { closeSync(dirFd); }
  return name;
}

/** Removes a stored photo (its row was never written); missing files are fine. */
export function removePhoto(dir: string, name: string): void {
  try { unlinkSync(join(dir, name)); } catch { /* already gone */ }
}
