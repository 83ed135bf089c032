import { renderSVG } from 'uqr';
import { existingSecretHex } from '../storage/checkinSecret';

/**
 * The QR code a social worker scans once to load the check key into the verify page on their phone: a link
 * to `verifyPath` on the public site (`SITE_URL` behind a proxy, else the address the admin page was asked
 * at) with the key in the fragment, which browsers never send to a server. `undefined` without a secret.
 */
export function checkKeyQr(requestUrl: URL, verifyPath: string, siteUrl = process.env.SITE_URL): { svg: string; link: string } | undefined {
  const hex = existingSecretHex();
  if (!hex) return undefined;
  let origin = requestUrl.origin;
  try { if (siteUrl) origin = new URL(siteUrl).origin; } catch { /* a malformed setting: the request's own origin */ }
  const link = `${origin}${verifyPath}#key=${hex}`;
  return { svg: renderSVG(link, { ecc: 'M', border: 2 }), link };
}
