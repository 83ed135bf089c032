import { PASSPORT_TEXT_KEYS, type PassportText } from '../browser/trail/passportTextKeys';
import { pickMessages } from '../i18n/translator';
import type { Locale } from '../schemas/locale';

export type { PassportText };

/** The trail scripts' interface strings in one language, for the pages' `data-config`. */
export function passportText(lang: Locale): PassportText {
  return pickMessages(lang, PASSPORT_TEXT_KEYS);
}
