import { round6 } from '../core/geo/round6';
import type { z } from 'astro/zod';
import { submissionSchema, SUBMISSION_LIMITS } from '../schemas/submission';
import { HIDDEN_SUBMISSION_FIELDS, SUBMISSION_FIELDS } from '../schemas/submissionFields';
import { insertSubmission } from './submissionsStore';
import { community, insideCommunity, placeOf } from './communityData';
import { storagePaths } from './database';
import { issueFormToken, verifyFormToken } from './formToken';
import { processPhoto, removePhoto, storePhoto } from './photoPipeline';
import { limitFromSetting, rateLimiter } from './rateLimiter';
import { formDataWithin } from './readLimitedBody';
import { sentOnce } from './sentOnce';
import { serverSecret } from './serverSecret';
import { photoRow } from './receivePhoto';

/** Form fields a submission may carry (`SUBMISSION_FIELDS`); anything else is ignored, any of these twice is refused. */
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number] | 'location' | 'form';
const HIDDEN_FIELDS: ReadonlySet<SubmissionField> = new Set(HIDDEN_SUBMISSION_FIELDS);

/** Why a submission was refused, by field; each code has a message in both languages (`submit.error.<field>.<code>`). */
export type SubmissionErrors = Partial<Record<SubmissionField, string>>;

/**
 * What became of a submission. A refusal says why per field, keeps the values sent (so the page can show
 * them again), and gives the form token the page should carry next: the one sent while it is still good, a
 * fresh one usable at once when it had expired (`retry`: the resident lost nothing, send again), else a new one.
 */
export type Received =
  | { ok: true; receipt: string }
  | { ok: false; status: 400 | 413 | 429; errors: SubmissionErrors; formToken: string; retry?: true; retryAfterS?: number; values?: Record<string, string> };

/** Forms already taken in, for ten minutes: a second sending gets the first one's receipt. */
const once = sentOnce<Received>({ ttlMs: 10 * 60 * 1000, max: 10_000 });
/** Accepted stories per client address: 30 an hour unless `SUBMIT_RATE_LIMIT` (`count/seconds`) says otherwise. */
const perClient = rateLimiter(limitFromSetting(process.env.SUBMIT_RATE_LIMIT, { max: 30, windowMs: 60 * 60 * 1000 }));

/** The minimum fill time in ms: `SUBMIT_MIN_FILL_MS` (browser tests set 0), else `SUBMISSION_LIMITS.minFillMs`. */
export function minFillMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.SUBMIT_MIN_FILL_MS?.trim() || NaN);
  return Number.isInteger(ms) && ms >= 0 ? ms : SUBMISSION_LIMITS.minFillMs;
}

/** A form token for the submit page, issued at `at` (ms) with the server's secret. */
export function newFormToken(at = Date.now()): string {
  return issueFormToken(serverSecret(), at);
}

/**
 * Receives a resident's submission from a request: size limit, one value per field, the honeypot (sent and
 * empty), the signed form token (genuine, not sent faster than the minimum fill time, not older than a
 * week), the per-client limit on accepted stories, the shared schema, the boundary and the photo pipeline.
 * The row is written (one transaction, synced) before this returns `ok`, and only then does the story count
 * against the client's limit; a refused request leaves no row, no file and uses up nothing.
 */
export async function receiveSubmission(request: Request, client: string, at = Date.now()): Promise<Received> {
  const refuse = (status: 400 | 413 | 429, errors: SubmissionErrors, more: Partial<Extract<Received, { ok: false }>> = {}): Received =>
    ({ ok: false, status, errors, formToken: newFormToken(at), ...more });

  const form = await formDataWithin(request, SUBMISSION_LIMITS.requestBytes);
  if (form === 'too-large') return refuse(413, { form: 'too-large' });
  if (form === 'malformed') return refuse(400, { form: 'malformed' });

  const values: Record<string, string> = {};
  const errors: SubmissionErrors = {};
  for (const field of SUBMISSION_FIELDS) {
    const all = form.getAll(field);
    // The resident cannot see or fix the hidden fields: their faults are the form's.
    const about = HIDDEN_FIELDS.has(field) ? 'form' : field;
    if (all.length > 1) errors[about] = 'duplicate';
    if (field !== 'photo' && typeof all[0] === 'string') values[field] = all[0];
    if (field !== 'photo' && all[0] instanceof File) errors[about] = 'malformed';
  }
  const { formToken: sentToken, ...shown } = values;
  if (Object.keys(errors).length) return refuse(400, errors, { values: shown });
  // A missing honeypot is a robot's form as surely as a filled one.
  if (values.website !== '') return refuse(400, { form: 'spam' }, { values: shown });

  const token = verifyFormToken(sentToken, serverSecret(), at, { minAgeMs: minFillMs() });
  if (!token.ok && token.problem === 'expired') {
    // Open for over a week: a person, not a robot. The new token is dated back by the minimum fill time so
    // that sending again at once is accepted.
    return refuse(400, { form: 'expired' }, { values: shown, retry: true, formToken: newFormToken(at - minFillMs()) });
  }
  // Sent within seconds of opening the page: a person pressing Send on an empty form hears which fields to fill
  // first; a form filled that fast is a robot's.
  if (!token.ok && token.problem === 'too-fast' && !values.landmark) {
    const parsed = submissionSchema.safeParse(values);
    if (!parsed.success) return refuse(400, fieldErrors(parsed.error), { values: shown });
  }
  if (!token.ok) return refuse(400, { form: token.problem }, { values: shown });
  const keep = { values: shown, formToken: sentToken! };

  // The same form sent twice (its token, every field, the photo's size) is one story with one receipt.
  const photo = form.get('photo');
  const sameForm = JSON.stringify([sentToken, SUBMISSION_FIELDS.map((f) => values[f] ?? ''), photo instanceof File ? photo.size : 0]);
  return once(sameForm, at, async () => {
    // The place under the limit is held from here (stories sent at once wait on the photo pipeline together) and
    // counted only once the row is written.
    const slot = perClient.reserve(client, at);
    if (!slot.allowed) return refuse(429, { form: 'rate-limited' }, { ...keep, retryAfterS: slot.retryAfterS });
    try {
      // "Add a photo to this place": the form names an existing landmark instead of telling a story.
      const received = values.landmark ? await receivePhoto(form, values, keep, refuse) : await receiveStory(form, values, keep, refuse);
      if (received.ok) slot.commit();
      return received;
    } finally {
      slot.release();
    }
  });
}

type Refuse = (status: 400 | 413 | 429, errors: SubmissionErrors, more?: Partial<Extract<Received, { ok: false }>>) => Received;
type Kept = { values: Record<string, string>; formToken: string };

/** The story form's part of `receiveSubmission`, after the token and the limit: the schema, the place, the photo, the row. */
async function receiveStory(form: FormData, values: Record<string, string>, keep: Kept, refuse: Refuse): Promise<Received> {
  const parsed = submissionSchema.safeParse(values);
  if (!parsed.success) return refuse(400, fieldErrors(parsed.error), keep);
  const s = parsed.data;
  // Any language tag passes the schema; a story is taken only in a language the community speaks.
  if (!community().community.languages.includes(s.lang)) return refuse(400, { lang: 'invalid' }, keep);
  // A tapped point keeps the building and stairwell it snapped to (or that were chosen with it).
  const named = s.stairwell || s.building !== undefined;
  const chosen = named ? placeOf({ stairwell: s.stairwell, building: s.building }) : undefined;
  if (named && !chosen) return refuse(400, { location: 'invalid' }, keep);
  const place = s.lng !== undefined && s.lat !== undefined ? { at: [s.lng, s.lat] as [number, number], building: chosen?.building, stairwell: chosen?.stairwell } : chosen;
  if (!place) return refuse(400, { location: 'invalid' }, keep);
  if (!insideCommunity(place.at)) return refuse(400, { location: 'outside' }, keep);

  const photo = form.get('photo');
  let stored: { name: string; sha256: string } | undefined;
  if (photo instanceof File && (photo.size > 0 || photo.name)) {
    const processed = await processPhoto(new Uint8Array(await photo.arrayBuffer()));
    if (!processed.ok) return refuse(photo.size > SUBMISSION_LIMITS.photoBytes ? 413 : 400, { photo: processed.error }, keep);
    stored = { name: storePhoto(storagePaths().uploads, processed.data), sha256: processed.sha256 };
  }
  try {
    const { receipt } = insertSubmission({
      lang: s.lang, title: s.title, body: s.body, kind: s.kind, lng: round6(place.at[0]), lat: round6(place.at[1]),
      building: place.building ?? null,
      stairwell: place.stairwell || null,
      photo: stored?.name ?? null, photo_sha256: stored?.sha256 ?? null, contact: s.contact || null,
    });
    return { ok: true, receipt };
  } catch (error) {
    if (stored) removePhoto(storagePaths().uploads, stored.name);
    throw error;
  }
}


/** The photo form's part of `receiveSubmission`: the same limits and pipeline, a photo required, the landmark on the map now. */
async function receivePhoto(form: FormData, values: Record<string, string>, keep: Kept, refuse: Refuse): Promise<Received> {
  const photo = form.get('photo');
  const sent = photo instanceof File && (photo.size > 0 || Boolean(photo.name));
  const checked = photoRow(values, sent);
  if (!checked.ok) return refuse(400, checked.errors, keep);
  const processed = await processPhoto(new Uint8Array(await (photo as File).arrayBuffer()));
  if (!processed.ok) return refuse((photo as File).size > SUBMISSION_LIMITS.photoBytes ? 413 : 400, { photo: processed.error }, keep);
  const name = storePhoto(storagePaths().uploads, processed.data);
  try {
    const { receipt } = insertSubmission({ ...checked.row, photo: name, photo_sha256: processed.sha256 });
    return { ok: true, receipt };
  } catch (error) {
    removePhoto(storagePaths().uploads, name);
    throw error;
  }
}

/** The schema's complaints as the form shows them: one code per field, the first found. */
function fieldErrors(error: z.ZodError): SubmissionErrors {
  const errors: SubmissionErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form') as SubmissionField;
    errors[field] ??= ['links', 'invisible'].includes(issue.message) ? issue.message : 'invalid';
  }
  return errors;
}
