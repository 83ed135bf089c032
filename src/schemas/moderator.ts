import { z } from 'astro/zod';

/** Letters, marks, digits, punctuation and symbols: what a person can see (no spaces, controls or invisible format characters). */
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]+(?: [\p{L}\p{M}\p{N}\p{P}\p{S}]+)*$/u;

/**
 * A moderator's sign-in name, e.g. `王老师` or `li.wei`: 1–40 visible characters (single spaces between words
 * allowed), compared ignoring case (`Admin` and `admin` are the same person). Normalised to NFC.
 */
export const moderatorNameSchema = z.string()
  .transform((s) => s.normalize('NFC').trim())
  .refine((s) => [...s].length >= 1 && [...s].length <= 40 && VISIBLE.test(s), { message: 'bad-name' });

/** Shortest password a moderator may choose: 10 characters (a one-time password is 24). */
export const MIN_PASSWORD_LENGTH = 10;

/** A password a moderator chooses for themselves: at least 10 characters. */
export const newPasswordSchema = z.string().refine((s) => [...s].length >= MIN_PASSWORD_LENGTH, { message: 'too-short' });

/** A signed-in moderator, as the pages see them. */
export const moderatorSchema = z.object({
  /** Row id; stable while the account exists. */
  id: z.number().int(),
  /** The sign-in name, as they typed it when the account was made. */
  name: moderatorNameSchema,
  /** Admins also manage accounts (`/admin/moderators/`). */
  admin: z.boolean(),
  /** Signed in with a one-time password: must choose their own before anything else. */
  mustChangePassword: z.boolean(),
});
export type Moderator = z.output<typeof moderatorSchema>;

/** The key two names are compared by: NFKC (full-width letters fold to ASCII) and lower case. */
export function moderatorNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
