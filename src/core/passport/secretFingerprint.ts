import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A short public name for a check-in secret, safe to show anywhere (it reveals nothing of the secret): the
 * first 32 bits of a domain-separated SHA-256, as `ab12-cd34`. `/admin/` shows it, posters record it, and a
 * build refuses a secret whose fingerprint differs from the posters'.
 */
export function secretFingerprint(secret: Uint8Array): string {
  const hex = bytesToHex(sha256(concatBytes(utf8ToBytes('checkin-secret-fingerprint:'), secret))).slice(0, 8);
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
