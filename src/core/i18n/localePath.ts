import type { Locale } from '../../schemas/locale';

/** The URL prefix of a language: none for the community's first (default) language, `/en` for English. */
export function localePrefix(lang: Locale, languages: readonly Locale[]): string {
  return lang === languages[0] ? '' : `/${lang.toLowerCase()}`;
}

/**
 * A site path in a language. `path` is the language-free path, starting with `/`.
 * @example localePath('en', '/landmarks/pet-tribe/', ['zh-CN', 'en']) === '/en/landmarks/pet-tribe/'
 */
export function localePath(lang: Locale, path: string, languages: readonly Locale[]): string {
  return `${localePrefix(lang, languages)}${path}`;
}

/** The `[...lang]` route parameter of each language, for `getStaticPaths`: `undefined` for the default. */
export function languageParams(languages: readonly Locale[]): { lang: string | undefined; locale: Locale }[] {
  return languages.map((locale) => ({ lang: localePrefix(locale, languages).slice(1) || undefined, locale }));
}

/** The language a `[...lang]` route parameter names (`undefined` → the default), or `undefined` when it names none of ours. */
export function localeFromParam(param: string | undefined, languages: readonly Locale[]): Locale | undefined {
  return languageParams(languages).find((l) => l.lang === (param || undefined))?.locale;
}

/**
 * The language a site path is in: its first segment when that is one of `languages`' prefixes (in any
 * case), else the default (the first).
 * @example localeOfPath('/en/admin/', ['zh-CN', 'en']) === 'en'
 * @example localeOfPath('/admin/', ['zh-CN', 'en']) === 'zh-CN'
 */
export function localeOfPath(pathname: string, languages: readonly Locale[]): Locale {
  const first = `/${pathname.split('/').filter(Boolean)[0] ?? ''}`.toLowerCase();
  return languages.find((l) => localePrefix(l, languages) === first) ?? languages[0]!;
}

/** `lang` when it is one of `languages`, else the default (the first): for a language a client sent. */
export function knownLocale(lang: unknown, languages: readonly Locale[]): Locale {
  return languages.find((l) => l === lang) ?? languages[0]!;
}
