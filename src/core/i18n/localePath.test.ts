import { describe, expect, it } from 'vitest';
import { communityWords } from './communityWords';
import { knownLocale, languageParams, localeOfPath, localePath } from './localePath';
import { pickText } from './pickText';

describe('localePath', () => {
  it('keeps the default language at the root and puts English under /en', () => {
    expect(localePath('zh-CN', '/landmarks/pet-tribe/', ['zh-CN', 'en'])).toBe('/landmarks/pet-tribe/');
    expect(localePath('en', '/landmarks/pet-tribe/', ['zh-CN', 'en'])).toBe('/en/landmarks/pet-tribe/');
    expect(localePath('zh-CN', '/', ['en', 'zh-CN'])).toBe('/zh-cn/');
  });
  it('gives getStaticPaths an undefined param for the default language', () => {
    expect(languageParams(['zh-CN', 'en'])).toEqual([{ lang: undefined, locale: 'zh-CN' }, { lang: 'en', locale: 'en' }]);
  });
});

describe('localeOfPath', () => {
  const three = ['zh-CN', 'en', 'zh-TW'];
  it('reads the language from the first segment, in any case, else the default', () => {
    expect(localeOfPath('/zh-tw/admin/', three)).toBe('zh-TW');
    expect(localeOfPath('/EN/submit/', three)).toBe('en');
    expect(localeOfPath('/admin/', three)).toBe('zh-CN');
    expect(localeOfPath('/', three)).toBe('zh-CN');
    expect(localeOfPath('/fr/admin/', three)).toBe('zh-CN');
  });
  it('takes a language a client sent only when the community speaks it', () => {
    expect(knownLocale('zh-TW', three)).toBe('zh-TW');
    expect(knownLocale('fr', three)).toBe('zh-CN');
    expect(knownLocale(undefined, three)).toBe('zh-CN');
  });
});

describe('communityWords', () => {
  it('gives the community’s building unit in a language, and nothing where it sets none', () => {
    expect(communityWords({ buildingUnit: { 'zh-CN': '栋', en: 'Block' } }, 'zh-CN')).toEqual({ buildingUnit: '栋' });
    expect(communityWords({ buildingUnit: { 'zh-CN': '栋' } }, 'en')).toEqual({});
    expect(communityWords({}, 'en')).toEqual({});
  });
});

describe('pickText', () => {
  it('picks the language asked for, then the fallbacks', () => {
    expect(pickText({ 'zh-CN': '爱宠部落', en: 'Pet Tribe' }, 'en')).toBe('Pet Tribe');
    expect(pickText({ 'zh-CN': '爱宠部落' }, 'en', ['zh-CN'])).toBe('爱宠部落');
  });
});
