import type { Locale } from '../schemas/locale';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';

/** A message key, e.g. `nav.home`. */
export type MessageKey = keyof typeof zhCN;
/** A full dictionary: every key of the Chinese one, so a missing translation fails type checking. */
export type Messages = Record<MessageKey, string>;

/** The one place each language's strings come from. */
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
