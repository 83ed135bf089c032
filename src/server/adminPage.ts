import type { AstroGlobal } from 'astro';
import { translator } from '../i18n/translator';
import { localeFromParam, localePath } from '../lib/i18n/localePath';
import { community } from './communityData';

/** What every moderation page needs: its language (or `undefined` for a path that is not ours) and links. */
export function adminContext(Astro: AstroGlobal) {
  const { community: c } = community();
  const lang = localeFromParam(Astro.params.lang, c.languages);
  if (!lang) return undefined;
  return { lang, t: translator(lang), community: c, href: (p: string) => localePath(lang, p, c.languages) };
}

/** Cookie options of the moderator session: script-proof, same-site only, Secure whenever the site is on https. */
export function sessionCookieOptions(url: URL, maxAgeS: number) {
  const https = url.protocol === 'https:' || (process.env.SITE_URL ?? '').startsWith('https:');
  return { httpOnly: true, sameSite: 'strict' as const, secure: https, path: '/', maxAge: maxAgeS };
}
