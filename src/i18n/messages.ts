import type { Locale } from '../schemas/locale';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';
import type { MessageKey, Messages } from './types';

// The dictionaries import their types from ./types, never from here, so the two never import each other.
export type { MessageKey, Messages };

/** The one place each language's strings come from. */
export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };
