import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SUPPORTED_LOCALES, dictionaryProblems, messagesOf, type Message } from './messages';
import { pluralForm } from './pluralForm';
import { pickMessages, translator } from './translator';

const keys = (lang: string) => Object.keys(messagesOf(lang)).sort();
/** Every text of a message: the one text, or each plural form. */
const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));

describe('interface strings', () => {
  it('has a dictionary for zh-CN, en and zh-TW, each named in itself', () => {
    expect(SUPPORTED_LOCALES).toEqual(['zh-CN', 'en', 'zh-TW']);
    expect(SUPPORTED_LOCALES.map((l) => translator(l)('lang.name'))).toEqual(['中文', 'English', '繁體中文']);
  });
  it('has the same keys, all non-empty, in every language', () => {
    for (const lang of SUPPORTED_LOCALES) {
      expect(keys(lang)).toEqual(keys('zh-CN'));
      for (const [key, value] of Object.entries(messagesOf(lang))) for (const text of texts(value)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });
  it('uses the same {placeholders} in every language and every plural form', () => {
    for (const key of keys('zh-CN')) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const expected = names(texts((MESSAGES['zh-CN'] as Record<string, Message>)[key]!)[0]!);
      for (const lang of SUPPORTED_LOCALES) {
        for (const text of texts((messagesOf(lang) as Record<string, Message>)[key]!)) expect(names(text), `${lang} ${key}`).toEqual(expected);
      }
    }
  });
  it('fills placeholders: building 22', () => {
    expect(translator('en')('building.title', { number: 22 })).toBe('Building 22');
    expect(translator('zh-CN')('building.title', { number: 22 })).toBe('22幢');
    expect(translator('zh-TW')('building.entrance', { number: 22, unit: 3 })).toBe('22幢3單元');
  });
  it('names a building with the community’s unit word when it sets one: 22栋, Block 22', () => {
    expect(translator('zh-CN', { buildingUnit: '栋' })('building.title', { number: 22 })).toBe('22栋');
    expect(translator('en', { buildingUnit: 'Block' })('building.entrance', { number: 22, unit: 3 })).toBe('Block 22, stairwell 3');
    expect(pickMessages('zh-CN', ['building.title'], { buildingUnit: '号楼' })).toEqual({ 'building.title': '{number}号楼' });
  });
  it('says "1 building" and "2 buildings", "1 thing to fix" and "3 things to fix" in English', () => {
    const t = translator('en');
    expect(t('building.count', { count: 1 })).toBe('1 building');
    expect(t('building.count', { count: 2 })).toBe('2 buildings');
    expect(t('building.count', { count: 0 })).toBe('0 buildings');
    expect(t('submit.errors.summary', { count: 1 })).toBe('1 thing to fix:');
    expect(t('submit.errors.summary', { count: 3 })).toBe('3 things to fix:');
    expect(t('trail.stops', { count: 1 })).toBe('1 check-in point');
    expect(translator('zh-CN')('building.count', { count: 1 })).toBe('1 幢');
  });
  it('has no English message that says "1 …s" for a count of one', () => {
    const t = translator('en');
    const wrong = keys('en').filter((key) => texts((messagesOf('en') as Record<string, Message>)[key]!).some((text) => text.includes('{count}')))
      .map((key) => t(key as Parameters<typeof t>[0], { count: 1, total: 12 }))
      .filter((text) => /\b1 (buildings|landmarks|murals|check-in points|things|storeys|stamps|stops)\b/.test(text));
    expect(wrong).toEqual([]);
  });
  it('hands an island the "other" form of a plural message', () => {
    expect(pickMessages('en', ['building.count'])).toEqual({ 'building.count': '{count} buildings' });
  });
  it('names each community language without a dictionary, for check:data and the build', () => {
    expect(dictionaryProblems(['zh-CN', 'fr'])).toEqual([{ file: 'data/community.json', id: '-', message: 'languages: no interface strings for "fr" (add src/i18n/messages/fr.ts)' }]);
    expect(dictionaryProblems(['zh-CN', 'en', 'zh-TW'])).toEqual([]);
  });
  it('throws naming a language without a dictionary', () => {
    expect(() => translator('fr')).toThrow(/"fr".*src\/i18n\/messages\/fr\.ts/);
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

describe('pluralForm', () => {
  it('picks the form Intl.PluralRules selects, else other', () => {
    const m = { one: '{count} building', other: '{count} buildings' };
    expect(pluralForm(m, 'en', 1)).toBe('{count} building');
    expect(pluralForm(m, 'en', 5)).toBe('{count} buildings');
    expect(pluralForm(m, 'zh-CN', 1)).toBe('{count} buildings');
    expect(pluralForm('{count} 幢', 'zh-CN', 1)).toBe('{count} 幢');
  });
});
