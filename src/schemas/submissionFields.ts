/**
 * The fields of the story form, one list for the page, its script and the server (`submissionSchema` checks
 * them; a test holds the schema to these lists). Without zod, so the browser can import it cheaply.
 */

/** Fields the resident fills in, in the order of the form; the script keeps them in a draft on the phone as they are typed. */
export const TYPED_SUBMISSION_FIELDS = ['title', 'body', 'kind', 'lng', 'lat', 'building', 'stairwell', 'contact', 'consent'] as const;

/** Fields the form carries itself (language, honeypot, signed token): the resident can neither see nor fix them. */
export const HIDDEN_SUBMISSION_FIELDS = ['lang', 'website', 'formToken'] as const;

/** Fields of the "add a photo to this place" form the resident fills in (the draft keeps them, per landmark). */
export const TYPED_PHOTO_FIELDS = ['alt', 'contact', 'consent'] as const;

/** Fields the photo form carries itself: the story form's hidden ones and the landmark the photo is for. */
export const HIDDEN_PHOTO_FIELDS = ['lang', 'landmark', 'website', 'formToken'] as const;

/** Every field a submission may carry: the typed and hidden ones of both forms, and the photo (a file, kept apart from the draft). */
export const SUBMISSION_FIELDS = [...TYPED_SUBMISSION_FIELDS, ...HIDDEN_SUBMISSION_FIELDS, 'photo', 'alt', 'landmark'] as const;
