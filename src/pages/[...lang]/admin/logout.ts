import type { APIRoute } from 'astro';
import { SESSION_COOKIE, signOut } from '../../../server/adminAuth';

export const prerender = false;

/** Ends the moderator's session and goes back to the sign-in page. */
export const POST: APIRoute = ({ cookies, params, redirect }) => {
  signOut(cookies.get(SESSION_COOKIE)?.value);
  cookies.delete(SESSION_COOKIE, { path: '/' });
  return redirect(`${params.lang === 'en' ? '/en' : ''}/admin/login/`, 303);
};
