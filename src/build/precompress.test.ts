import { mkdtempSync, mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress';
import { sharePng } from './sharePng';

const page = (words: string) => `<!doctype html><title>${words}</title>${`<p>${words} 采菱社区的故事。</p>`.repeat(80)}`;

describe('precompressed copies and share pictures from the build cache', () => {
  it('writes .br and .gz beside each text file that decompress to it, skips small ones, and never serves a stale copy', async () => {
    const a = mkdtempSync(join(tmpdir(), 'precompress-a-'));
    const b = mkdtempSync(join(tmpdir(), 'precompress-b-'));
    mkdirSync(join(a, 'landmarks'));
    mkdirSync(join(b, 'landmarks'));
    const unchanged = page(`unchanged ${Date.now()}`);
    writeFileSync(join(a, 'landmarks/index.html'), unchanged);
    writeFileSync(join(b, 'landmarks/index.html'), unchanged);
    writeFileSync(join(a, 'index.html'), page('before the story was approved'));
    writeFileSync(join(b, 'index.html'), page('after the story was approved'));
    writeFileSync(join(a, 'tiny.js'), 'x=1');
    await precompress(a);
    await precompress(b);
    for (const dir of [a, b]) {
      for (const name of ['index.html', 'landmarks/index.html']) {
        const original = readFileSync(join(dir, name));
        expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`)))).toEqual(original);
        expect(gunzipSync(readFileSync(join(dir, `${name}.gz`)))).toEqual(original);
      }
    }
    expect(readFileSync(join(b, 'landmarks/index.html.br'))).toEqual(readFileSync(join(a, 'landmarks/index.html.br')));
    expect(existsSync(join(a, 'tiny.js.br'))).toBe(false);
  });

  it('renders each share card from its own SVG: the same picture twice, a changed one anew', async () => {
    const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="${fill}"/></svg>`;
    const red = await sharePng(svg('#b3261e'));
    expect(await sharePng(svg('#b3261e'))).toEqual(red);
    const green = await sharePng(svg('#2e7d32'));
    expect(green).not.toEqual(red);
    expect(green.subarray(1, 4).toString()).toBe('PNG');
  });
});
