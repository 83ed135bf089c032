import type { Locale, Localized } from '../../schemas/locale';

/**
 * The text of a multilingual value in `lang`, falling back to the first of `fallbacks` that exists.
 * @example pickText({ 'zh-CN': '爱宠部落', en: 'Pet Tribe' }, 'en') === 'Pet Tribe'
 */
export function pickText(text: Localized, lang: Locale, fallbacks: readonly Locale[] = []): string {
  for (const l of [lang, ...fallbacks]) {
    const value = text[l];
    if (value) return value;
  }
  return Object.values(text)[0] ?? '';
}
