import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { base32crockford } from '@scure/base';
import { normaliseCode } from './normaliseCode';

/** Characters in a point's QR code: 10 × 5 bits = 50 bits, enough that guessing by trying is hopeless online. */
export const CODE_LENGTH = 10;

/**
 * The secrets of one check-in point, all derived from the community's check-in secret (kept off the site):
 * - `code`: printed in the point's QR link (`?k=…`); a QR stamp's proof is keyed with it;
 * - `codeHash`: SHA-256 of `<id>:<code>`, the only form of the code the site ships;
 * - `locationKey`: keys the proof of a location stamp; shipped in the point's page, so it proves a stamp
 *   came from our check-in page, not that the phone was there.
 */
export function checkinSecrets(secret: Uint8Array, pointId: string): { code: string; codeHash: string; locationKey: string } {
  const code = base32crockford.encode(hmac(sha256, secret, utf8ToBytes(`qr:${pointId}`))).slice(0, CODE_LENGTH);
  return { code, codeHash: codeHash(pointId, code), locationKey: bytesToHex(hmac(sha256, secret, utf8ToBytes(`loc:${pointId}`))).slice(0, 32) };
}

/** SHA-256 of `<id>:<code>` in hex; the check-in page compares a scanned `?k=` against it. Codes are case-insensitive. */
export function codeHash(pointId: string, code: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${pointId}:${normaliseCode(code)}`)));
}
