import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../schemas/locale';
import { MESSAGES } from './messages';
import { translator } from './translator';

const keys = (lang: keyof typeof MESSAGES) => Object.keys(MESSAGES[lang]).sort();

describe('interface strings', () => {
  it('has the same keys, all non-empty, in every language', () => {
    for (const lang of SUPPORTED_LOCALES) {
      expect(keys(lang)).toEqual(keys('zh-CN'));
      for (const [key, value] of Object.entries(MESSAGES[lang])) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });
  it('uses the same {placeholders} in every language', () => {
    for (const key of keys('zh-CN')) {
      const names = (lang: keyof typeof MESSAGES) => [...(MESSAGES[lang] as Record<string, string>)[key]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of SUPPORTED_LOCALES) expect(names(lang), `${lang} ${key}`).toEqual(names('zh-CN'));
    }
  });
  it('fills placeholders: building 22', () => {
    expect(translator('en')('building.title', { number: 22 })).toBe('Building 22');
    expect(translator('zh-CN')('building.title', { number: 22 })).toBe('22幢');
  });
  it('has no unused key: every key is used somewhere in src/', () => {
    const files: string[] = [];
    const walk = (dir: string) => readdirSync(dir).forEach((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) { if (name !== 'messages') walk(path); } else if (/\.(astro|tsx?)$/.test(name) && !name.endsWith('.test.ts')) files.push(path);
    });
    walk('src');
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Keys built from a prefix at run time, e.g. t(`kind.${kind}`), count as used through their prefix.
    const dynamicPrefixes = [...source.matchAll(/[`'"]([a-z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);
    const unused = keys('zh-CN').filter((key) => !source.includes(`'${key}'`) && !dynamicPrefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
