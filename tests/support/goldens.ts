import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Set `REGEN=1` to rewrite every golden `out` file from what the code now returns (then read the diff). */
const REGEN = process.env.REGEN === '1';

/**
 * Turf-style golden fixtures: runs `fn` on every file of `<dir>/in/` (JSON or GeoJSON, parsed) and compares
 * the result with the file of the same name in `<dir>/out/`, with the extension `outExt` (`.geojson`, `.json`
 * or `.svg`). A string result is compared as text, anything else as pretty JSON. A missing `out` file fails
 * the test unless `REGEN=1`, which (re)writes it.
 * @example goldens(new URL('./__fixtures__/anchorOf', import.meta.url), '.geojson', (fc) => …)
 */
export function goldens(dir: URL, outExt: '.geojson' | '.json' | '.svg', fn: (input: unknown, name: string) => unknown): void {
  const root = fileURLToPath(dir);
  const names = readdirSync(join(root, 'in')).filter((n) => /\.(geo)?json$/.test(n)).sort();
  describe(`${basename(root)} goldens`, () => {
    it('has fixtures to run, and no golden left without its input', () => {
      expect(names.length).toBeGreaterThan(0);
      const stems = new Set(names.map((n) => basename(n, extname(n))));
      const outs = existsSync(join(root, 'out')) ? readdirSync(join(root, 'out')) : [];
      expect(outs.filter((n) => !stems.has(basename(n, extname(n)))), 'out files whose in file is gone').toEqual([]);
    });
    it.each(names)('%s', (name) => {
      const input: unknown = JSON.parse(readFileSync(join(root, 'in', name), 'utf8'));
      const result = fn(input, name);
      const text = typeof result === 'string' ? result : `${JSON.stringify(result, null, 2)}\n`;
      const outPath = join(root, 'out', `${basename(name, extname(name))}${outExt}`);
      if (REGEN) {
        mkdirSync(join(root, 'out'), { recursive: true });
        writeFileSync(outPath, text);
        return;
      }
      expect(existsSync(outPath), `${outPath} is missing: run with REGEN=1 to write it, then check it`).toBe(true);
      expect(text).toBe(readFileSync(outPath, 'utf8'));
    });
  });
}

/** Rounds every number in a JSON-like value to `decimals` places, so goldens hold no floating-point noise. */
export function rounded<T>(value: T, decimals: number): T {
  const f = 10 ** decimals;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * f) / f : v))) as T;
}
