import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from './i18n/messages';
import { languageLiterals } from '../tests/support/languageLiterals';

/**
 * Which languages the site speaks is data (`community.json`'s `languages`) and dictionaries (`src/i18n/`),
 * never code: a third language must not need a hunt through routes and scripts. This reads every code file
 * of src/ and scripts/ and fails naming each file that spells a language tag (`'en'`, `"zh-CN"`), a
 * language's URL prefix (`/en/`) or `lang="…"`. Comments may give examples; tests and fixtures may name
 * languages.
 */
const ROOTS = ['src', 'scripts'];
const CODE = /\.(ts|tsx|mts|js|mjs|astro)$/;
// Not code that serves a community: generators of data and of benchmark fixtures, which write sample text
// in the languages of the data they make.
const ALLOWED = [
  'src/i18n/', // the dictionaries and the one list of languages
  'scripts/generate-schematic-layout.mjs', // writes Cailing's schematic data/ (its names in zh-CN and en)
  'scripts/bench/', // builds synthetic communities and writes the English benchmark report
];

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__fixtures__' || name === 'node_modules' ? [] : codeFiles(path);
    return CODE.test(name) && !/\.(test|spec)\.[a-z]+$/.test(name) ? [path] : [];
  });
}

/** The text without comments (block, line, and Astro/HTML), so examples in doc comments may name languages. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

describe('no language literal outside src/i18n/', () => {
  it('finds them in a sample, so the check can fail', () => {
    expect(languageLiterals(`const lang = x === 'en' ? "zh-CN" : y; location.assign('/en/submit/'); const n = { 'zh-CN': a, en: b };`, SUPPORTED_LOCALES))
      .toEqual(["'en'", '"zh-CN"', "'zh-CN'", '/en/', ', en:']);
    expect(languageLiterals(String.raw`if (/^(?:\/en)?\/submit\/?$/.test(path)) return 1;`, SUPPORTED_LOCALES)).toEqual([String.raw`\/en`]);
    expect(languageLiterals(withoutComments(`// e.g. 'en'\n/** @example f('zh-CN') */ const ok = 'entry'; fetch('http://x/en/')`), SUPPORTED_LOCALES)).toEqual(['/en/']);
  });

  it('src/ and scripts/ name no language: routes, the middleware, scripts and posters take them from the data', () => {
    const offenders = ROOTS.flatMap(codeFiles)
      .map((file) => file.replace(/\\/g, '/'))
      .filter((file) => !ALLOWED.some((a) => file.startsWith(a)))
      .map((file) => ({ file, found: languageLiterals(withoutComments(readFileSync(file, 'utf8')), SUPPORTED_LOCALES) }))
      .filter((f) => f.found.length)
      .map((f) => `${f.file}: ${[...new Set(f.found)].join(', ')}`);
    expect(offenders).toEqual([]);
  });
});
