import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icoFile } from './icoFile';

describe('icoFile', () => {
  it('lists each PNG with its size and where its bytes start, so a browser finds the 16 and 32 px icons', () => {
    const a = Buffer.from('png-sixteen');
    const b = Buffer.from('png-thirty-two');
    const ico = icoFile([{ size: 16, png: a }, { size: 32, png: b }]);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 2, 0]);
    expect(ico[6]).toBe(16);
    expect(ico.readUInt32LE(6 + 8)).toBe(a.length);
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
    expect(ico[22]).toBe(32);
    expect(ico.readUInt32LE(22 + 12)).toBe(6 + 32 + a.length);
    expect(ico.subarray(ico.readUInt32LE(22 + 12)).toString()).toBe('png-thirty-two');
  });

  it('refuses a size an ICO cannot hold', () => {
    expect(() => icoFile([{ size: 300, png: Buffer.alloc(1) }])).toThrow('icon size 300 is outside 1…256');
  });

  it('is what public/favicon.ico holds: 16 and 32 px PNGs of the favicon', async () => {
    const ico = readFileSync('public/favicon.ico');
    expect(ico.readUInt16LE(4)).toBe(2);
    for (const [i, size] of [16, 32].entries()) {
      const entry = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(ico[entry]).toBe(size);
      expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: size, height: size });
    }
  });
});
