import { z } from 'astro/zod';
import { localizedSchema } from './locale';

/**
 * What a street-art map says about a painted place, beyond its story: its pictures (a gallery), who painted
 * it (roles or groups, never a person's name), when, and whether it is still there. Every field is
 * optional: a landmark without them shows its story's one picture, as before.
 */

/** Who painted a wall or took a picture, as a role or group (never a name). Each has a `role.<id>` line in every dictionary. */
export const CREDIT_ROLES = [
  'little-masters', 'parents-children', 'residents', 'volunteer-painters', 'wall-painters', 'social-workers', 'property-staff',
] as const;
export const creditRoleSchema = z.enum(CREDIT_ROLES);
export type CreditRole = z.output<typeof creditRoleSchema>;

/** How a mural is now, as last seen: still `good`, `fading`, `repainted` (a new picture over it) or `gone`. */
export const MURAL_STATES = ['good', 'fading', 'repainted', 'gone'] as const;
export const muralStateSchema = z.enum(MURAL_STATES);
export type MuralState = z.output<typeof muralStateSchema>;

/** A date as precise as it is known: a year (`2021`), a month (`2021-08`) or a day (`2021-08-30`). */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a year, year-month or date such as 2021, 2021-08 or 2021-08-30');
export type PartialDate = z.output<typeof partialDateSchema>;

/** A picture file in `content/images/`, e.g. `checkin-03-b.svg` or `checkin-03-photo-12.jpg`. */
export const pictureFileSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,95}\.(svg|jpg|jpeg|png|webp)$/, 'a file name in content/images, e.g. checkin-03-b.svg');

/** One picture of a landmark's gallery. */
export const galleryPictureSchema = z.object({
  /** The picture's file in `content/images/`. */
  file: pictureFileSchema,
  /** What the picture shows, for people who cannot see it, in every language of the community. */
  alt: localizedSchema,
  /** When it was taken or drawn, if known. */
  date: partialDateSchema.optional(),
  /** Who took or drew it, as a role (e.g. `residents`); never a name. */
  credit: creditRoleSchema.optional(),
});
export type GalleryPicture = z.output<typeof galleryPictureSchema>;

/** Most pictures a gallery holds, so a page stays light on a cheap phone. */
export const GALLERY_MAX = 24;

/** The mural fields of a landmark's properties (merged into `landmarkSchema`). Unknown facts stay out, and pages say "not recorded". */
export const muralPropertiesSchema = z.object({
  /** More pictures of the place, after the story's own picture, in the order the gallery shows them. */
  gallery: z.array(galleryPictureSchema).max(GALLERY_MAX).optional(),
  /** Who painted it: roles or groups, e.g. `["parents-children"]`. */
  paintedBy: z.array(creditRoleSchema).min(1).optional(),
  /** When it was painted: a year, month or day. */
  painted: partialDateSchema.optional(),
  /** How it is now, as last seen. */
  state: muralStateSchema.optional(),
  /** When the state was last seen (a year, month or day); only with `state`. */
  stateSeen: partialDateSchema.optional(),
});
export type MuralProperties = z.output<typeof muralPropertiesSchema>;
