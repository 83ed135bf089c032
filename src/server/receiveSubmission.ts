import { submissionSchema, SUBMISSION_LIMITS } from '../schemas/submission';
import { insertSubmission } from './submissionsStore';
import { insideCommunity, placeOf } from './communityData';
import { storagePaths } from './database';
import { processPhoto, removePhoto, storePhoto } from './photoPipeline';
import { limitFromSetting, rateLimiter } from './rateLimiter';

/** Form fields a submission may carry; anything else is ignored, any of these twice is refused. */
export const SUBMISSION_FIELDS = ['lang', 'title', 'body', 'kind', 'lng', 'lat', 'stairwell', 'building', 'contact', 'consent', 'website', 'startedAt', 'photo'] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number] | 'location' | 'form';

/** Why a submission was refused, by field; each code has a message in both languages (`submit.error.<code>`). */
export type SubmissionErrors = Partial<Record<SubmissionField, string>>;

export type Received =
  | { ok: true; receipt: string }
  | { ok: false; status: 400 | 413 | 429; errors: SubmissionErrors; retryAfterS?: number; values?: Record<string, string> };

const perClient = rateLimiter(limitFromSetting(process.env.SUBMIT_RATE_LIMIT, { max: 5, windowMs: 10 * 60 * 1000 }));

/**
 * Receives a resident's submission from a request: rate limit per client, size limit, one value per field,
 * honeypot and minimum fill time, the shared schema, the boundary, and the photo pipeline. The row is
 * written (one transaction, synced) before this returns `ok`; a refused request leaves no row and no file.
 */
export async function receiveSubmission(request: Request, client: string, at = Date.now()): Promise<Received> {
  const limit = perClient.hit(client, at);
  if (!limit.allowed) return { ok: false, status: 429, errors: { form: 'rate-limited' }, retryAfterS: limit.retryAfterS };

  const body = await readLimited(request, SUBMISSION_LIMITS.requestBytes);
  if (body === 'too-large') return { ok: false, status: 413, errors: { form: 'too-large' } };
  let form: FormData;
  try {
    form = await new Response(Buffer.from(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return { ok: false, status: 400, errors: { form: 'malformed' } };
  }

  const values: Record<string, string> = {};
  const errors: SubmissionErrors = {};
  for (const field of SUBMISSION_FIELDS) {
    const all = form.getAll(field);
    if (all.length > 1) errors[field] = 'duplicate';
    if (field !== 'photo' && typeof all[0] === 'string') values[field] = all[0];
    if (field !== 'photo' && all[0] instanceof File) errors[field] = 'malformed';
  }
  if (Object.keys(errors).length) return { ok: false, status: 400, errors, values };
  if (values.website) return { ok: false, status: 400, errors: { form: 'spam' }, values };
  if (Number(values.startedAt) > at - SUBMISSION_LIMITS.minFillMs) return { ok: false, status: 400, errors: { form: 'too-fast' }, values };

  const parsed = submissionSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form') as SubmissionField;
      errors[field] ??= field === 'body' && issue.message === 'links' ? 'links' : 'invalid';
    }
    return { ok: false, status: 400, errors, values };
  }
  const s = parsed.data;
  const place = s.lng !== undefined && s.lat !== undefined ? { at: [s.lng, s.lat] as [number, number] } : placeOf({ stairwell: s.stairwell, building: s.building });
  if (!place) return { ok: false, status: 400, errors: { location: 'invalid' }, values };
  if (!insideCommunity(place.at)) return { ok: false, status: 400, errors: { location: 'outside' }, values };

  const photo = form.get('photo');
  let stored: { name: string; sha256: string } | undefined;
  if (photo instanceof File && (photo.size > 0 || photo.name)) {
    const processed = await processPhoto(new Uint8Array(await photo.arrayBuffer()));
    if (!processed.ok) return { ok: false, status: photo.size > SUBMISSION_LIMITS.photoBytes ? 413 : 400, errors: { photo: processed.error }, values };
    stored = { name: storePhoto(storagePaths().uploads, processed.data), sha256: processed.sha256 };
  }
  try {
    const { receipt } = insertSubmission({
      lang: s.lang, title: s.title, body: s.body, kind: s.kind, lng: round6(place.at[0]), lat: round6(place.at[1]),
      building: 'building' in place && place.building !== undefined ? place.building : null,
      stairwell: 'stairwell' in place && place.stairwell ? place.stairwell : null,
      photo: stored?.name ?? null, photo_sha256: stored?.sha256 ?? null, contact: s.contact || null,
    });
    return { ok: true, receipt };
  } catch (error) {
    if (stored) removePhoto(storagePaths().uploads, stored.name);
    throw error;
  }
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The request body, or `'too-large'` as soon as it passes `max` bytes (whatever Content-Length claims). */
async function readLimited(request: Request, max: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return 'too-large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
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
