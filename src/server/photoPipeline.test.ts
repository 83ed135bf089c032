import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_PIXELS, MAX_SIDE, processPhoto } from './photoPipeline';

/** A real JPEG from a "phone": 400×200 pixels, stored sideways (EXIF orientation 6), with camera and GPS tags. */
async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 200, channels: 3, background: '#c83' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'TestCam', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 47/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 0/1 0/1' } })
    .toBuffer();
}

/** A real decompression bomb: a valid 1-bit PNG of `side`×`side` pixels, all black, that deflates to a few KB. */
function pngBomb(side: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const byte of buf) { c ^= byte; for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const rows = Buffer.alloc(side * (1 + Math.ceil(side / 8))); // filter byte 0 and zero pixels on every row
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

describe('processPhoto', () => {
  it('removes all metadata, GPS included, and keeps the picture upright', async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer tag
    const out = await processPhoto(input);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const after = await sharp(out.data).metadata();
    expect(after.format).toBe('jpeg');
    expect([after.exif, after.xmp, after.icc, after.iptc, after.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(out.data.includes(Buffer.from('TestCam'))).toBe(false);
    // Orientation 6 means "rotate 90°": the stored picture is the upright 200 × 400.
    expect([after.width, after.height]).toEqual([200, 400]);
  });
  it('caps the longest side', async () => {
    const big = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#39c' } }).png().toBuffer();
    const out = await processPhoto(big);
    expect(out.ok && (await sharp(out.data).metadata()).width).toBe(MAX_SIDE);
  });
  it('refuses a decompression bomb before decoding it', async () => {
    const bomb = pngBomb(10_000);
    expect(bomb.length).toBeLessThan(100_000);
    expect(10_000 * 10_000).toBeGreaterThan(MAX_INPUT_PIXELS);
    expect(await processPhoto(bomb)).toEqual({ ok: false, error: 'photo-pixels' });
  });
  it('reads the type from the bytes: HTML or SVG named .jpg, empty and cut files are refused', async () => {
    expect(await processPhoto(Buffer.from('<html><script>alert(1)</script></html>'))).toEqual({ ok: false, error: 'photo-type' });
    expect(await processPhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toEqual({ ok: false, error: 'photo-type' });
    expect(await processPhoto(new Uint8Array())).toEqual({ ok: false, error: 'photo-empty' });
    const jpeg = await phoneJpeg();
    const cut = await processPhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(cut.ok).toBe(false);
  });
  it('accepts PNG and WebP as well as JPEG', async () => {
    for (const format of ['png', 'webp'] as const) {
      const input = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#0a0' } }).toFormat(format).toBuffer();
      expect((await processPhoto(input)).ok).toBe(true);
    }
  });
});
