import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheKey, cacheRead, cacheWrite } from './buildCache';

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;
const BROTLI = { [constants.BROTLI_PARAM_QUALITY]: 11 };
const GZIP = { level: 9 };
const VERSION = `precompress:${process.versions.zlib}:${process.versions.brotli}:${JSON.stringify([BROTLI, GZIP])}`;

/** One file's compressed copy, from the build cache when an earlier build compressed the same bytes. */
function compressed(kind: 'br' | 'gz', data: Buffer): Buffer {
  const key = `${cacheKey(VERSION, kind, data)}.${kind}`;
  const cached = cacheRead('precompressed', key);
  if (cached) return cached;
  const out = kind === 'br'
    ? brotliCompressSync(data, { params: { ...BROTLI, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
    : gzipSync(data, GZIP);
  cacheWrite('precompressed', key, out);
  return out;
}

/**
 * Writes `.br` and `.gz` beside every text file of a built client folder, so the server sends compressed
 * bytes without compressing on each request. Small files (< 1 KB) are left alone. Most files of a rebuild
 * are byte for byte those of the last one (scripts, styles, untouched pages): their copies come from the cache.
 */
export function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { precompress(path); continue; }
    if (!COMPRESSIBLE.test(name) || statSync(path).size < 1024) continue;
    const data = readFileSync(path);
    writeFileSync(`${path}.br`, compressed('br', data));
    writeFileSync(`${path}.gz`, compressed('gz', data));
  }
}
