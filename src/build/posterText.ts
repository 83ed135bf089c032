import type { MessageKey } from '../i18n/messages';
import { translator } from '../i18n/translator';
import type { Locale } from '../schemas/locale';

/** Interface strings the check-in posters (`npm run posters`) print. */
export const POSTER_TEXT_KEYS = ['poster.title', 'poster.mapTitle', 'poster.here', 'poster.stop', 'poster.scan', 'poster.noPhone', 'poster.privacy', 'kind.walkway'] as const satisfies readonly MessageKey[];

/**
 * A poster line in each of the community's first two languages (the posters are bilingual at most, to stay
 * legible from a distance), joined by `sep`.
 * @example posterLine(['zh-CN', 'en'], 'poster.here') === '你在这里 You are here'
 */
export function posterLine(languages: readonly Locale[], key: (typeof POSTER_TEXT_KEYS)[number], vars: (lang: Locale) => Record<string, string | number> = () => ({}), sep = ' '): string {
  return languages.slice(0, 2).map((l) => translator(l)(key, vars(l))).join(sep);
}
