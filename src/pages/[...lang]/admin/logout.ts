import type { APIRoute } from 'astro';
import { SESSION_COOKIE, signOut, signOutEverywhere } from '../../../server/adminAuth';
import { requireModerator } from '../../../server/requireModerator';
import { community } from '../../../server/communityData';
import { localeFromParam, localePath } from '../../../core/i18n/localePath';

export const prerender = false;

/** Ends the moderator's session (`everywhere=yes`: all their sessions, on every device) and goes back to the sign-in page. */
export const POST: APIRoute = async (context) => {
  const moderator = requireModerator(context, { passwordChange: true });
  if (moderator instanceof Response) return moderator;
  const { cookies, params, redirect, request } = context;
  const form = await request.formData().catch(() => undefined);
  if (form?.get('everywhere') === 'yes') signOutEverywhere(moderator);
  else signOut(cookies.get(SESSION_COOKIE)?.value);
  cookies.delete(SESSION_COOKIE, { path: '/' });
  const { languages } = community().community;
  return redirect(localePath(localeFromParam(params.lang, languages) ?? languages[0]!, '/admin/login/', languages), 303);
};
