import type { AstroCookies } from 'astro';
import type { Moderator } from '../schemas/moderator';
import { localeOfPath, localePath } from '../core/i18n/localePath';
import type { MessageKey } from '../i18n/types';
import { translator } from '../i18n/translator';
import type { Locale } from '../schemas/locale';
import { sessionModerator, SESSION_COOKIE } from './adminAuth';
import { community } from './communityData';

/** What `requireModerator` reads of a page's `Astro` or a route's context. */
export type RequestContext = { request: Request; url: URL; cookies: AstroCookies; locals: App.Locals };

const SAFE = new Set(['GET', 'HEAD']);

/** The language a request's path is in: its first segment when that is a language prefix, else the default. */
export function pathLanguage(url: URL): Locale {
  return localeOfPath(url.pathname, community().community.languages);
}

/**
 * A refused request's answer in the page's language: JSON `{ ok: false, reason: 'error', error }` when it asks for
 * JSON (the map editor, whose session may run out while it is open), else plain text.
 */
function refusal(context: RequestContext, key: MessageKey, status: number): Response {
  const message = translator(pathLanguage(context.url))(key);
  return context.request.headers.get('accept')?.includes('application/json')
    ? Response.json({ ok: false, reason: 'error', error: message }, { status })
    : new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Where a refused request goes: GET/HEAD → 303 to `path` (sign-in or account page) in the page's language; other methods → `status`. */
function refuse(context: RequestContext, path: string, status: number): Response {
  if (!SAFE.has(context.request.method)) return refusal(context, status === 401 ? 'admin.error.signInFirst' : 'admin.error.passwordFirst', status);
  const { languages } = community().community;
  return new Response(null, { status: 303, headers: { location: localePath(pathLanguage(context.url), path, languages) } });
}

/**
 * The signed-in moderator, or the answer to send instead. Every moderation page and route calls this first,
 * whatever the middleware did (a path trick can get past a prefix check). Not signed in: GET/HEAD → 303 to
 * the sign-in page in the page's language, other methods → 401. Still on a one-time password: only the
 * account page (`passwordChange: true`) and signing out are open; elsewhere GET → 303 there, others → 403.
 * `admin: true` pages refuse everyone else with 403.
 */
export function requireModerator(context: RequestContext, options: { admin?: boolean; passwordChange?: boolean } = {}): Moderator | Response {
  const moderator = context.locals.moderator ?? sessionModerator(context.cookies.get(SESSION_COOKIE)?.value);
  if (!moderator) return refuse(context, '/admin/login/', 401);
  context.locals.moderator = moderator;
  if (moderator.mustChangePassword && !options.passwordChange) return refuse(context, '/admin/account/', 403);
  if (options.admin && !moderator.admin) return refusal(context, 'admin.error.adminsOnly', 403);
  return moderator;
}
