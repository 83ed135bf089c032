/**
 * The request body, or `'too-large'` as soon as it passes `maxBytes` (whatever Content-Length claims, which
 * is checked first so an honest oversize request is refused before any byte is read).
 */
export async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return 'too-large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/**
 * A POST's form fields (multipart or URL-encoded), read through `readLimited`: the FormData, `'too-large'`
 * past `maxBytes`, or `'malformed'` when the body does not parse as the form its Content-Type names.
 */
export async function formDataWithin(request: Request, maxBytes: number): Promise<FormData | 'too-large' | 'malformed'> {
  const body = await readLimited(request, maxBytes);
  if (body === 'too-large') return body;
  try {
    return await new Response(Buffer.from(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return 'malformed';
  }
}

/**
 * A POST's JSON object, read through `readLimited`: the object, `'not-json'` when the Content-Type is not
 * `application/json` (checked before any byte is read: a cross-site page can send a form or plain text without
 * asking, never JSON), `'too-large'` past `maxBytes`, or `'malformed'` when the body is not a JSON object.
 */
export async function jsonObjectWithin(request: Request, maxBytes: number): Promise<Record<string, unknown> | 'not-json' | 'too-large' | 'malformed'> {
  if (!/^application\/json\s*(?:;|$)/i.test(request.headers.get('content-type') ?? '')) return 'not-json';
  const body = await readLimited(request, maxBytes);
  if (body === 'too-large') return body;
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : 'malformed';
  } catch {
    return 'malformed';
  }
}
