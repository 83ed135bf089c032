/**
 * One sign-in attempt through the moderators' sign-in form, answered as is (for tests of refusals, limits
 * and whom the server thinks is asking). `headers` are added to the form's own.
 */
export function signInAttempt(baseUrl: string, { name = 'admin', password }: { name?: string; password: string }, headers: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams({ name, password });
  return fetch(`${baseUrl}/admin/login/`, {
    method: 'POST', redirect: 'manual', body,
    headers: { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/**
 * Signs a moderator in on a running server the way the sign-in form does, and gives the session cookie
 * (`name=value`) to send with later requests. Throws when the server refuses.
 */
export async function signIn(baseUrl: string, { name = 'admin', password }: { name?: string; password: string }): Promise<string> {
  const r = await signInAttempt(baseUrl, { name, password });
  const cookie = r.headers.get('set-cookie')?.split(';')[0];
  if (r.status !== 303 || !cookie) throw new Error(`sign-in as ${name} refused: ${r.status}`);
  return cookie;
}
