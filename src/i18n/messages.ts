import type { Problem } from '../core/checks/problem';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';
import { zhTW } from './messages/zh-TW';
import type { Message, MessageKey, Messages, PluralMessage } from './types';

// The dictionaries import their types from ./types, never from here, so the two never import each other.
export type { Message, MessageKey, Messages, PluralMessage };

/**
 * The one place each language's strings come from, by BCP 47 tag. Adding a language: its dictionary in
 * `messages/<tag>.ts` and one line here; a community then lists the tag in `languages`.
 */
export const MESSAGES: Readonly<Record<string, Messages>> = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

/** The languages the site has dictionaries for. */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(MESSAGES);

/** The dictionary of `lang`; throws naming the language when there is none, so a build never half-speaks it. */
export function messagesOf(lang: string): Messages {
  const messages = MESSAGES[lang];
  if (!messages) throw new Error(`No interface strings for language "${lang}": add src/i18n/messages/${lang}.ts (see CONTRIBUTING.md, "Adding a language").`);
  return messages;
}

/** The languages of `languages` that have no dictionary (for the data checks). */
export function languagesWithoutDictionary(languages: readonly string[]): string[] {
  return languages.filter((l) => !(l in MESSAGES));
}

/** Whether `key` is a message key (the default dictionary, zh-CN's, defines them). */
export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

/** A data-check problem for each of a community's `languages` that has no dictionary. */
export function dictionaryProblems(languages: readonly string[]): Problem[] {
  return languagesWithoutDictionary(languages).map((l) => ({ file: 'data/community.json', id: '-', message: `languages: no interface strings for "${l}" (add src/i18n/messages/${l}.ts)` }));
}
