import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cacheKey, cacheRead, cacheWrite } from './buildCache';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;
const BROTLI = { [constants.BROTLI_PARAM_QUALITY]: 11 };
const GZIP = { level: 9 };
const VERSION = `precompress:${process.versions.zlib}:${process.versions.brotli}:${JSON.stringify([BROTLI, GZIP])}`;

/** One file's compressed copy, from the build cache when an earlier build compressed the same bytes. */
async function compressed(kind: 'br' | 'gz', data: Buffer): Promise<Buffer> {
  const key = `${cacheKey(VERSION, kind, data)}.${kind}`;
  const cached = cacheRead('precompressed', key);
  if (cached) return cached;
  const out = kind === 'br'
    ? await brotliAsync(data, { params: { ...BROTLI, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } })
    : await gzipAsync(data, GZIP);
  cacheWrite('precompressed', key, out);
  return out;
}

/** The text files of a folder worth compressing (1 KB or more), at any depth. */
function compressible(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) compressible(path, found);
    else if (COMPRESSIBLE.test(name) && statSync(path).size >= 1024) found.push(path);
  }
  return found;
}

/**
 * Writes `.br` and `.gz` beside every text file of a built client folder, so the server sends compressed
 * bytes without compressing on each request. Small files (< 1 KB) are left alone. Most files of a rebuild
 * are byte for byte those of the last one (scripts, styles, untouched pages): their copies come from the cache.
 * The rest are compressed on zlib's worker threads, a few files at a time, so a first build uses every core
 * (Brotli at its best quality is most of this step's time).
 */
export async function precompress(dir: string): Promise<void> {
  const files = compressible(dir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const data = readFileSync(path);
      const [br, gz] = await Promise.all([compressed('br', data), compressed('gz', data)]);
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gz);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
}
