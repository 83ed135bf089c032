/**
 * Whether a state-changing request comes from this site's own pages: its `Origin` (or, failing that, its
 * `Referer`) must name the host the browser sent it to (its `Host` header, which a page elsewhere cannot
 * set), or the public `SITE_URL` behind a proxy. A request naming no origin at all is refused too:
 * browsers always send one with a POST.
 */
export function sameOrigin(request: Request, url: URL, siteUrl = process.env.SITE_URL): boolean {
  const host = request.headers.get('host') ?? url.host;
  const allowed = new Set([`http://${host}`, `https://${host}`]);
  if (siteUrl) { try { allowed.add(new URL(siteUrl).origin); } catch { /* ignore a malformed setting */ } }
  const origin = request.headers.get('origin');
  if (origin) return allowed.has(origin);
  const referer = request.headers.get('referer');
  if (referer) { try { return allowed.has(new URL(referer).origin); } catch { return false; } }
  return false;
}
