import { MESSAGES, type MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/translator';
import type { SubmissionErrors } from './receiveSubmission';

/** Each field's error code as a sentence in the sender's language (`submit.error.<field>.<code>`). */
export function localizeErrors(t: Translate, errors: SubmissionErrors, retryAfterS?: number): Record<string, string> {
  const known = (key: string): key is MessageKey => key in MESSAGES['zh-CN'];
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => {
    const key = [`submit.error.${field}.${code}`, `submit.error.${field}.invalid`].find(known) ?? 'submit.error.form.invalid';
    return [field, t(key, { seconds: retryAfterS ?? 60 })];
  }));
}
