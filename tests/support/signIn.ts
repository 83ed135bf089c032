/**
 * Signs a moderator in on a running server the way the sign-in form does, and gives the session cookie
 * (`name=value`) to send with later requests. Throws when the server refuses.
 */
export async function signIn(baseUrl: string, { name = 'admin', password }: { name?: string; password: string }): Promise<string> {
  const body = new URLSearchParams({ name, password });
  const r = await fetch(`${baseUrl}/admin/login/`, {
    method: 'POST', redirect: 'manual', body,
    headers: { origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const cookie = r.headers.get('set-cookie')?.split(';')[0];
  if (r.status !== 303 || !cookie) throw new Error(`sign-in as ${name} refused: ${r.status}`);
  return cookie;
}
