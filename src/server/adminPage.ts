import type { AstroGlobal } from 'astro';
import type { Translate } from '../i18n/translator';
import { translator } from '../i18n/translator';
import { communityWords } from '../core/i18n/communityWords';
import { localeFromParam, localePath } from '../core/i18n/localePath';
import type { Moderator } from '../schemas/moderator';
import { community } from './communityData';
import { formDataWithin } from './readLimitedBody';
import { requireModerator } from './requireModerator';

/** A moderation page's language (or `undefined` for a path that is not ours) and links; no session needed (the sign-in page). */
export function adminLanguage(Astro: AstroGlobal) {
  const { community: c } = community();
  const lang = localeFromParam(Astro.params.lang, c.languages);
  if (!lang) return undefined;
  return { lang, t: translator(lang, communityWords(c, lang)), community: c, href: (p: string) => localePath(lang, p, c.languages) };
}

/** What a moderation page has once the person is signed in. */
export type AdminContext = NonNullable<ReturnType<typeof adminLanguage>> & { moderator: Moderator };

/**
 * What every moderation page needs, after checking the session itself (see `requireModerator`): its
 * language, links and the signed-in moderator — or the `Response` to return instead (404 for a path that
 * is not ours, the sign-in redirect, 401, 403).
 * @example const ctx = adminContext(Astro); if (ctx instanceof Response) return ctx;
 */
export function adminContext(Astro: AstroGlobal, options: { admin?: boolean; passwordChange?: boolean } = {}): AdminContext | Response {
  const page = adminLanguage(Astro);
  if (!page) return new Response(null, { status: 404 });
  const moderator = requireModerator(Astro, options);
  return moderator instanceof Response ? moderator : { ...page, moderator };
}

/** Cookie options of the moderator session: script-proof, same-site only, Secure whenever the site is on https. */
export function sessionCookieOptions(url: URL, maxAgeS: number) {
  const https = url.protocol === 'https:' || (process.env.SITE_URL ?? '').startsWith('https:');
  return { httpOnly: true, sameSite: 'strict' as const, secure: https, path: '/', maxAge: maxAgeS };
}

/** Largest moderation form accepted (a story with a translation is well under it); the sign-in form's is smaller. */
export const ADMIN_FORM_BYTES = 256 * 1024;
export const SIGN_IN_FORM_BYTES = 16 * 1024;

/**
 * A moderation form's fields, read with a size limit (the server's front door limits bodies too; this is
 * the second lock), or the answer to send instead: 413 too large, 400 unreadable, in the page's language.
 */
export async function adminForm(request: Request, t: Translate, maxBytes = ADMIN_FORM_BYTES): Promise<FormData | Response> {
  const form = await formDataWithin(request, maxBytes);
  if (form instanceof FormData) return form;
  const tooLarge = form === 'too-large';
  return new Response(t(tooLarge ? 'admin.error.formTooLarge' : 'admin.error.formMalformed'), { status: tooLarge ? 413 : 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
