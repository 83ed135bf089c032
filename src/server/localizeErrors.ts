import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/translator';
import type { SubmissionErrors } from './receiveSubmission';

/** Each field's error code as a sentence in the sender's language (`submit.error.<field>.<code>`). */
export function localizeErrors(t: Translate, errors: SubmissionErrors, retryAfterS?: number): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => {
    const key = `submit.error.${field}.${code}` as MessageKey;
    const fallback = `submit.error.${field}.invalid` as MessageKey;
    let text: string;
    try { text = t(key, { seconds: retryAfterS ?? 60 }); } catch { text = ''; }
    if (!text) { try { text = t(fallback); } catch { text = t('submit.error.form.invalid'); } }
    return [field, text];
  }));
}
