import type { Locale } from '../schemas/locale';
import { MESSAGES, type MessageKey } from './messages';

/** A function giving the text for a key, with `{name}` placeholders filled from `vars`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The translate function for one language.
 * @example translator('en')('building.title', { number: 22 }) === 'Building 22'
 */
export function translator(lang: Locale): Translate {
  const messages = MESSAGES[lang];
  return (key, vars = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
