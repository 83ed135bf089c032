/**
 * The server's answer to an editor request, as the page's code words it (`{ ok, … }`). The server's door refuses some
 * requests before the page's code sees them (too large, too many), in both languages: as `{ errors: { form } }` to a
 * client asking for JSON, as plain text otherwise; either way its words become the error. Anything else unreadable
 * (a proxy's error page) is named by its HTTP status.
 * @example await readAnswer(Response.json({ errors: { form: '内容太大了。Too large.' } }, { status: 413 }))
 *   // → { ok: false, reason: 'error', error: '内容太大了。Too large.' }
 */
export async function readAnswer<T extends { ok: boolean }>(response: Response): Promise<T | { ok: false; reason: 'error'; error: string }> {
  const body = await response.text().catch(() => '');
  let json: unknown;
  try { json = JSON.parse(body); } catch { /* words, or nothing */ }
  if (typeof (json as { ok?: unknown } | null)?.ok === 'boolean') return json as T;
  const errors = (json as { errors?: Record<string, unknown> } | null)?.errors;
  const words = errors && typeof errors === 'object' ? Object.values(errors).filter((v) => typeof v === 'string').join(' ')
    : json === undefined && response.headers.get('content-type')?.startsWith('text/plain') ? body.trim().slice(0, 300) : '';
  return { ok: false, reason: 'error', error: words || `HTTP ${response.status}` };
}
