import { defineMiddleware } from 'astro:middleware';
import { sessionValid, SESSION_COOKIE } from './server/adminAuth';
import { initServer } from './server/initServer';
import { sameOrigin } from './server/sameOrigin';
import { translator } from './i18n/translator';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const ADMIN = /^(?:\/(en))?\/admin(?:\/|$)/;
const ADMIN_OPEN = /^(?:\/en)?\/admin\/login\/?$/;

/**
 * Runs in front of the server routes (submission and moderation); static pages never reach it. Refuses
 * cross-origin state changes, keeps moderation behind a session, and marks dynamic answers uncacheable.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) return next();
  await initServer();
  const { request, url } = context;
  const lang = url.pathname.startsWith('/en/') ? 'en' : 'zh-CN';
  if (!SAFE.has(request.method) && !sameOrigin(request, url)) {
    const message = translator(lang)('submit.error.form.origin');
    return request.headers.get('accept')?.includes('application/json')
      ? Response.json({ errors: { form: message } }, { status: 403 })
      : new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const admin = ADMIN.exec(url.pathname);
  if (admin && !ADMIN_OPEN.test(url.pathname) && !sessionValid(context.cookies.get(SESSION_COOKIE)?.value)) {
    const login = `${admin[1] ? '/en' : ''}/admin/login/`;
    return SAFE.has(request.method) ? context.redirect(login, 303) : new Response('Sign in first.', { status: 401 });
  }
  const response = await next();
  response.headers.set('cache-control', 'no-store');
  return response;
});
