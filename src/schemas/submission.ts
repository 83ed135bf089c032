import { z } from 'astro/zod';
import { cleanLine, cleanText } from './text/cleanText';
import { countLinks } from './text/countLinks';
import { hasVisibleText } from './text/hasVisibleText';
import { featureIdSchema } from './geojson';
import { localeSchema } from './locale';
import { STORY_LIMITS, storyTextSchema } from './story';

/** Limits of a resident's submission, beyond those every story has (`STORY_LIMITS`). */
export const SUBMISSION_LIMITS = {
  /** Shortest story worth a moderator's time, in characters. */
  minBody: 20,
  contact: 120,
  /** Links allowed in a story: web addresses, bare domains and e-mail addresses alike (`countLinks`). */
  links: 2,
  /** Largest photo accepted, before the browser or the server shrinks it. */
  photoBytes: 10 * 1024 * 1024,
  /** Whole request, photo and text together. */
  requestBytes: 11 * 1024 * 1024,
  /** A form sent sooner than this (ms) after the page was opened is a robot's; the server's `SUBMIT_MIN_FILL_MS` overrides it. */
  minFillMs: 3000,
} as const;

/** Kinds a resident may propose; check-in points, the walkway, areas and celebrity status are the community's to set. */
export const SUBMITTABLE_KINDS = ['mural', 'bench', 'manhole', 'ramp', 'showcase', 'meeting-spot', 'other'] as const;

const text = (max: number) => z.string().transform(cleanText).pipe(z.string().min(1).max(max));
const optionalNumber = z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : Number(v)), z.number().finite().optional());

/**
 * A resident's story as the form sends it (multipart fields are strings). The title, picture rules and kinds
 * are those of content stories (`storyTextSchema`, `landmarkKindSchema`); the location is a tapped point or
 * a chosen stairwell or building. The boundary check needs the community's data and is done by the server.
 */
export const submissionSchema = z.object({
  /** Language the resident wrote in. */
  lang: localeSchema,
  /** Same rules as a story's title, and it must show letters or digits (not only fillers or blank signs). */
  title: z.string().transform(cleanLine).pipe(storyTextSchema.shape.title.refine(hasVisibleText, 'invisible')),
  /** The story: plain paragraphs with visible letters or digits and at most `SUBMISSION_LIMITS.links` links. */
  body: text(STORY_LIMITS.body).pipe(z.string().min(SUBMISSION_LIMITS.minBody)
    .refine(hasVisibleText, 'invisible').refine((s) => countLinks(s) <= SUBMISSION_LIMITS.links, 'links')),
  kind: z.enum(SUBMITTABLE_KINDS),
  /** A tapped point, WGS 84. */
  lng: optionalNumber.pipe(z.number().min(-180).max(180).optional()),
  lat: optionalNumber.pipe(z.number().min(-90).max(90).optional()),
  /** Or a stairwell (`22-3`) … */
  stairwell: z.string().trim().regex(/^\d{1,4}-\d{1,2}$/).optional().or(z.literal('').transform(() => undefined)),
  /** … or a building number. */
  building: optionalNumber.pipe(z.number().int().positive().optional()),
  /** For the moderators only; never published. */
  contact: z.string().transform(cleanText).pipe(z.string().max(SUBMISSION_LIMITS.contact)).optional(),
  /** The consent line must be ticked. */
  consent: z.literal('yes'),
  /** Honeypot: people never see it, robots fill it or leave it out; it must be sent, and empty. */
  website: z.literal(''),
  /** The signed token the page was served with (`src/server/formToken.ts`); the server checks its signature and age. */
  formToken: z.string().min(1),
}).superRefine((s, ctx) => {
  const point = s.lng !== undefined && s.lat !== undefined;
  if (!point && !s.stairwell && s.building === undefined) ctx.addIssue({ code: 'custom', path: ['location'], message: 'location' });
});
export type SubmissionInput = z.input<typeof submissionSchema>;
export type Submission = z.output<typeof submissionSchema>;

/** The id a published resident story gets in `data/landmarks.geojson`. */
export const residentLandmarkId = (n: number) => featureIdSchema.parse(`resident-${n}`);

// —— A resident's photo of an existing landmark ("add a photo to this place") ——

/** The `kind` a photo submission is stored with (it is not a landmark kind: the landmark already exists). */
export const PHOTO_SUBMISSION_KIND = 'photo';
/** Longest description (alt text) of a resident's photo, in characters. */
export const PHOTO_ALT_MAX = 200;

/**
 * A resident's photo for an existing landmark, as the form sends it: which landmark (its id), what the photo
 * shows (its alt text, in the resident's language) and the same consent, honeypot and token as a story. The
 * photo file itself is checked by the server's photo pipeline, and whether the landmark exists by the server.
 */
export const photoSubmissionSchema = z.object({
  lang: localeSchema,
  /** The landmark the photo is of, e.g. `checkin-03`. */
  landmark: featureIdSchema,
  /** What the photo shows, for people who cannot see it: visible letters or digits, at most `PHOTO_ALT_MAX` characters. */
  alt: text(PHOTO_ALT_MAX).pipe(z.string().refine(hasVisibleText, 'invisible').refine((s) => countLinks(s) === 0, 'links')),
  contact: z.string().transform(cleanText).pipe(z.string().max(SUBMISSION_LIMITS.contact)).optional(),
  consent: z.literal('yes'),
  website: z.literal(''),
  formToken: z.string().min(1),
});
export type PhotoSubmission = z.output<typeof photoSubmissionSchema>;
