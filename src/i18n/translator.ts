import type { Locale } from '../schemas/locale';
import { fillPlaceholders } from './fillPlaceholders';
import { messagesOf, type MessageKey, type Messages } from './messages';
import { pluralForm } from './pluralForm';

/** A function giving the text for a key, with `{name}` placeholders filled from `vars` (a numeric `count` picks the plural form). */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The community's words placeholders use (`{buildingUnit}`), over the dictionary's defaults. */
function wordsOf(messages: Messages, lang: Locale, words: Record<string, string>): Record<string, string> {
  return { buildingUnit: pluralForm(messages['building.unit'], lang, undefined), ...words };
}

/**
 * The translate function for one language; `words` are the community's own words (`communityWords`), e.g.
 * its building unit.
 * @example translator('en')('building.title', { number: 22 }) === 'Building 22'
 * @example translator('en')('building.count', { count: 1 }) === '1 building'
 * @example translator('zh-CN', { buildingUnit: '栋' })('building.title', { number: 22 }) === '22栋'
 */
export function translator(lang: Locale, words: Record<string, string> = {}): Translate {
  const messages = messagesOf(lang);
  const fixed = wordsOf(messages, lang, words);
  return (key, vars) => {
    const count = typeof vars?.count === 'number' ? vars.count : undefined;
    return fillPlaceholders(pluralForm(messages[key], lang, count), { ...fixed, ...vars });
  };
}

/**
 * The strings for `keys` in one language, for an island that must not ship every dictionary, with the
 * community's `words` already filled in. Islands fill the other placeholders themselves, so a message with
 * plural forms is handed over in its `other` form.
 */
export function pickMessages<K extends MessageKey>(lang: Locale, keys: readonly K[], words: Record<string, string> = {}): Record<K, string> {
  const messages = messagesOf(lang);
  const fixed = wordsOf(messages, lang, words);
  return Object.fromEntries(keys.map((k) => [k, fillPlaceholders(pluralForm(messages[k], lang, undefined), fixed)])) as Record<K, string>;
}

/** A language's name in itself (中文, English, 繁體中文): how the site names a language to anyone, never by its tag. */
export function languageName(lang: Locale): string {
  return translator(lang)('lang.name');
}
