import type { Locale } from '../schemas/locale';
import { fillPlaceholders } from './fillPlaceholders';
import { MESSAGES, type MessageKey } from './messages';

/** A function giving the text for a key, with `{name}` placeholders filled from `vars`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The translate function for one language.
 * @example translator('en')('building.title', { number: 22 }) === 'Building 22'
 */
export function translator(lang: Locale): Translate {
  const messages = MESSAGES[lang];
  return (key, vars) => fillPlaceholders(messages[key], vars);
}

/** The strings for `keys` in one language, for an island that must not ship every dictionary. */
export function pickMessages<K extends MessageKey>(lang: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, MESSAGES[lang][k]])) as Record<K, string>;
}
