import { round6 } from '../core/geo/round6';
import { pickPlacesOf } from '../core/map/pickPlacesOf';
import { snapToPlace } from '../core/map/snapToPlace';
import { cleanLine, cleanText } from '../schemas/text/cleanText';
import type { Locale } from '../schemas/locale';
import { STORY_LIMITS } from '../schemas/story';
import { PHOTO_ALT_MAX } from '../schemas/submission';
import { audit } from './auditLog';
import { community } from './communityData';
import { approve, unpublish, type Outcome, type Translations } from './publisher';
import { claimSubmission, submissionById, updateSubmission, type SubmissionRow } from './submissionsStore';

/** What the detail page shows after an action: a done notice, or an error (a code with details). */
export type ModerationResult =
  | { ok: true; done: 'saved' | 'approved' | 'rejected' | 'archived' | 'unpublished' }
  | Exclude<Outcome, { ok: true }>
  | { ok: false; error: 'reason' | 'unknown-action' | 'outside' };

/**
 * One moderator action on a submission, from the detail page's form, by the signed-in moderator `who`:
 * save edits, approve (publishes), reject with a reason, unpublish with a reason, or archive. Each
 * decision is one state change that only happens once; every action goes to the audit log with its name.
 */
export async function moderate(row: SubmissionRow, form: FormData, who: string): Promise<ModerationResult> {
  const action = String(form.get('action') ?? '');
  const field = (name: string, max: number) => cleanText(String(form.get(name) ?? '')).slice(0, max);
  const title = cleanLine(String(form.get('title') ?? '')).slice(0, STORY_LIMITS.title) || row.title;
  // A photo's body is its description (alt text), with the photo form's limit.
  const body = field('body', row.photo_for ? PHOTO_ALT_MAX : STORY_LIMITS.body) || row.body;
  const editable = row.status !== 'published' && row.status !== 'approved';
  if (editable && (title !== row.title || body !== row.body)) {
    updateSubmission(row.id, { title, body });
    audit(who, 'edit', row.id);
  }
  if (editable) {
    const moved = movePlace(row, form, who);
    if (moved) return moved;
  }
  switch (action) {
    case 'save':
      return { ok: true, done: 'saved' };
    case 'approve': {
      const result = await approve(row.id, translationsOf(form), who);
      if (!result.ok && result.error !== 'already') audit(who, 'approve-refused', row.id, JSON.stringify(result).slice(0, 500));
      return result.ok ? { ok: true, done: 'approved' } : result;
    }
    case 'reject': {
      const reason = field('reason', 300);
      if (!reason) return { ok: false, error: 'reason' };
      if (!claimSubmission(row.id, ['pending', 'needs-attention'], 'rejected', { reason, decided_by: who })) return already(row.id);
      audit(who, 'reject', row.id, reason);
      return { ok: true, done: 'rejected' };
    }
    case 'unpublish': {
      const reason = field('reason', 300);
      if (!reason) return { ok: false, error: 'reason' };
      const result = await unpublish(row.id, reason, who);
      return result.ok ? { ok: true, done: 'unpublished' } : result;
    }
    case 'archive':
      // A story on the site is taken down with "unpublish" (the resident is told why), never hidden by archiving.
      if (!claimSubmission(row.id, ['pending', 'needs-attention', 'rejected', 'unpublished'], 'archived', { decided_by: who })) return already(row.id);
      audit(who, 'archive', row.id);
      return { ok: true, done: 'archived' };
    default:
      return { ok: false, error: 'unknown-action' };
  }
}

/**
 * Moves the story's point when the form's `lng`/`lat` differ from the row's: the point must lie inside the
 * community; the building and stairwell follow it, snapped as a resident's tap is (`snapToPlace`). Audited as
 * `move`. Answers a refusal, or nothing when the point was kept or moved.
 */
function movePlace(row: SubmissionRow, form: FormData, who: string): ModerationResult | undefined {
  const lngText = String(form.get('lng') ?? '').trim();
  const latText = String(form.get('lat') ?? '').trim();
  if (!lngText && !latText) return undefined;
  const lng = round6(Number(lngText));
  const lat = round6(Number(latText));
  if (lng === row.lng && lat === row.lat) return undefined;
  if (!lngText || !latText || !Number.isFinite(lng) || !Number.isFinite(lat)) return { ok: false, error: 'outside' };
  const snapped = snapToPlace([lng, lat], pickPlacesOf(community()));
  if (snapped.kind === 'outside') return { ok: false, error: 'outside' };
  const change = {
    lng: round6(snapped.at[0]), lat: round6(snapped.at[1]),
    building: snapped.kind === 'point' ? null : snapped.building,
    stairwell: snapped.kind === 'stairwell' ? snapped.stairwell : null,
  };
  updateSubmission(row.id, change);
  audit(who, 'move', row.id, `${row.lng},${row.lat} → ${change.lng},${change.lat}`);
  return undefined;
}

function already(id: number): ModerationResult {
  return { ok: false, error: 'already', status: submissionById(id)!.status };
}

/** The moderator's translations from the form (`title-en`, `body-en`, …), cleaned and cut to the limits. */
function translationsOf(form: FormData): Translations {
  const translations: Translations = {};
  for (const [key, value] of form) {
    const m = /^(title|body)-(.+)$/.exec(key);
    if (m && typeof value === 'string' && value.trim()) {
      const lang = m[2] as Locale;
      translations[lang] = { ...translations[lang], [m[1]!]: m[1] === 'title' ? cleanLine(value).slice(0, STORY_LIMITS.title) : cleanText(value).slice(0, STORY_LIMITS.body) };
    }
  }
  return translations;
}
