import { pickText } from '../core/i18n/pickText';
import { anchorOf } from '../core/map/anchorOf';
import { round6 } from '../core/geo/round6';
import { photoSubmissionSchema, PHOTO_SUBMISSION_KIND } from '../schemas/submission';
import { community } from './communityData';
import type { NewSubmission } from './submissionsStore';

/** Field → error code, as `receiveSubmission` reports them (`submit.error.<field>.<code>`). */
type Errors = Partial<Record<'lang' | 'landmark' | 'alt' | 'contact' | 'consent' | 'website' | 'formToken' | 'photo', string>>;

/**
 * The row a resident's "add a photo to this place" form becomes (without the photo file, which the caller
 * stores once everything else is sound), or why not, by field. The landmark must be on the live map now:
 * a photo for a place removed meanwhile is refused with `landmark: 'invalid'`. The row's title is the
 * landmark's name in the resident's language (for the moderation queue), its body what the photo shows,
 * its place the landmark's.
 */
export function photoRow(values: Record<string, string>, hasPhoto: boolean): { ok: true; row: Omit<NewSubmission, 'photo' | 'photo_sha256'> } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const parsed = photoSubmissionSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form') as keyof Errors;
      errors[field] ??= ['links', 'invisible'].includes(issue.message) ? issue.message : 'invalid';
    }
  }
  if (!hasPhoto) errors.photo = 'required';
  if (!parsed.success || !hasPhoto) return { ok: false, errors };
  const s = parsed.data;
  const data = community();
  if (!data.community.languages.includes(s.lang)) return { ok: false, errors: { lang: 'invalid' } };
  const landmark = data.landmarks.find((l) => l.id === s.landmark);
  if (!landmark) return { ok: false, errors: { landmark: 'invalid' } };
  const [lng, lat] = anchorOf(landmark.geometry) as [number, number];
  return {
    ok: true,
    row: {
      lang: s.lang, title: pickText(landmark.properties.name, s.lang, data.community.languages), body: s.alt, kind: PHOTO_SUBMISSION_KIND,
      lng: round6(lng), lat: round6(lat), building: landmark.properties.building ?? null, stairwell: landmark.properties.stairwell ?? null,
      contact: s.contact || null, photo_for: landmark.id,
    },
  };
}
