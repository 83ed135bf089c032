import type { zhCN } from './messages/zh-CN';

/** A message key, e.g. `nav.home`: the keys of the Chinese dictionary, the default language. */
export type MessageKey = keyof typeof zhCN;
/** A full dictionary: every key of the Chinese one, so a missing translation fails type checking. */
export type Messages = Record<MessageKey, string>;
