import type { Message } from './types';

/**
 * The text of a message for `count` in `lang`: a plain text as it is; of plural forms the one
 * `Intl.PluralRules` selects, falling back to `other`.
 * @example pluralForm({ one: '{count} building', other: '{count} buildings' }, 'en', 1) === '{count} building'
 */
export function pluralForm(message: Message, lang: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  return message[new Intl.PluralRules(lang).select(count)] ?? message.other;
}
