import type { APIRoute } from 'astro';
import { translator } from '../../i18n/translator';
import { receiveSubmission } from '../../server/receiveSubmission';
import { localizeErrors } from '../../server/localizeErrors';
import { community } from '../../server/communityData';
import { knownLocale } from '../../core/i18n/localePath';

export const prerender = false;

/**
 * A resident's story, sent by the submit page's script (multipart). 201 with the receipt once the row is on
 * disk; 400 / 413 with a message per field in the sender's language and the form token to use next (with
 * `retry: true` when the old one had expired and sending again at once will do); 429 with Retry-After.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const result = await receiveSubmission(request, clientAddress);
  if (result.ok) {
    return Response.json({ receipt: result.receipt, status: `/submit/status/${result.receipt}/` }, { status: 201 });
  }
  const lang = knownLocale(result.values?.lang, community().community.languages);
  const headers: Record<string, string> = result.retryAfterS ? { 'retry-after': String(result.retryAfterS) } : {};
  const errors = localizeErrors(translator(lang), result.errors, result.retryAfterS);
  return Response.json({ errors, formToken: result.formToken, ...(result.retry && { retry: true }) }, { status: result.status, headers });
};
