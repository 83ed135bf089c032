import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex digits of a stamp's proof as the phone makes it (24 bits); a progress code carries the first 5 (20 bits: a guess passes once in a million). */
export const PROOF_HEX = 6;

/** How a stamp was earned. */
export type StampMethod = 'qr' | 'location';

/**
 * The proof a stamp carries: the first 3 bytes (`PROOF_HEX` hex digits) of HMAC-SHA256 over passport, point, minute
 * and method, keyed with the point's QR code (QR stamps) or location key (location stamps). Only someone
 * with the community's check-in secret can recompute it, so made-up or altered stamps fail verification.
 */
export function stampProof(key: string, passportId: string, pointId: string, minute: number, method: StampMethod): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(`${passportId}|${pointId}|${minute}|${method}`))).slice(0, PROOF_HEX);
}
