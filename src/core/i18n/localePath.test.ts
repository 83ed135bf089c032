import { describe, expect, it } from 'vitest';
import { languageParams, localePath } from './localePath';
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

describe('pickText', () => {
  it('picks the language asked for, then the fallbacks', () => {
    expect(pickText({ 'zh-CN': '爱宠部落', en: 'Pet Tribe' }, 'en')).toBe('Pet Tribe');
    expect(pickText({ 'zh-CN': '爱宠部落' }, 'en', ['zh-CN'])).toBe('爱宠部落');
  });
});
