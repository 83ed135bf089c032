import type { zhCN } from './messages/zh-CN';

/** A message key, e.g. `nav.home`: the keys of the Chinese dictionary, the default language. */
export type MessageKey = keyof typeof zhCN;
/**
 * A message with plural forms, the form chosen by `new Intl.PluralRules(lang).select(count)`; `other` is
 * required. @example { one: '{count} building', other: '{count} buildings' }
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** One message: a text, or plural forms of it (see `PluralMessage`). */
export type Message = string | PluralMessage;
/** A full dictionary: every key of the Chinese one, so a missing translation fails type checking. */
export type Messages = Record<MessageKey, Message>;
