import { isMessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/translator';
import type { SubmissionErrors } from './receiveSubmission';

/**
 * Each field's error code as a sentence in the sender's language (`submit.error.<field>.<code>`). A wait
 * (`retryAfterS`, seconds) is told in whole minutes, rounded up: 90 s → "try again in 2 minutes".
 */
export function localizeErrors(t: Translate, errors: SubmissionErrors, retryAfterS?: number): Record<string, string> {
  const minutes = Math.max(1, Math.ceil((retryAfterS ?? 60) / 60));
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => {
    // `….one` is the wording for a wait of one minute, where a language needs it ("1 minute", not "1 minutes").
    const candidates = [minutes === 1 && `submit.error.${field}.${code}.one`, `submit.error.${field}.${code}`, `submit.error.${field}.invalid`];
    const key = candidates.filter((k): k is string => Boolean(k)).find(isMessageKey) ?? 'submit.error.form.invalid';
    return [field, t(key, { minutes })];
  }));
}
