import { defineMiddleware } from 'astro:middleware';
import { initServer } from './server/initServer';
import { pathLanguage, requireModerator } from './server/requireModerator';
import { sameOrigin } from './server/sameOrigin';
import { translator } from './i18n/translator';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
// Any case (`/Admin/`, `/EN/admin/`): whatever the router makes of it, the guard does not look away.
const ADMIN = /^(?:\/[a-z-]+)?\/admin(?:\/|$)/i;
const ADMIN_OPEN = /^(?:\/[a-z-]+)?\/admin\/login\/?$/i;

/**
 * Runs in front of the server routes (submission and moderation); static pages never reach it. Refuses
 * cross-origin state changes, keeps moderation behind a session (the same check every moderation page
 * makes again, `requireModerator`, which also puts the moderator on `locals`), and marks dynamic answers
 * uncacheable.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  await initServer();
  const { request, url } = context;
  if (!SAFE.has(request.method) && !sameOrigin(request, url)) {
    const message = translator(pathLanguage(url))('submit.error.form.origin');
    return request.headers.get('accept')?.includes('application/json')
      ? Response.json({ errors: { form: message } }, { status: 403 })
      : new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // By the path as asked and by the route it reached (`/xx/admin/…` reaches `[...lang]/admin/…`).
  const moderation = ADMIN.test(url.pathname) || /\/admin(?:\/|$)/.test(context.routePattern ?? '');
  if (moderation && !ADMIN_OPEN.test(url.pathname) && !/\/admin\/login\/?$/.test(context.routePattern ?? '')) {
    // Signed in is enough here; the one-time-password and admin-only rules are each page's own call.
    const moderator = requireModerator(context, { passwordChange: true });
    if (moderator instanceof Response) return moderator;
  }
  const response = await next();
  response.headers.set('cache-control', 'no-store');
  // A page that sets only `Astro.response.status` keeps Astro's reason phrase, "OK" ("404 OK"): without one, Node
  // sends the status's own ("404 Not Found").
  if (response.status !== 200 && response.statusText === 'OK') return new Response(response.body, { status: response.status, headers: response.headers });
  return response;
});
