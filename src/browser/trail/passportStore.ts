import { hexToBytes } from '@noble/hashes/utils.js';
import { newPassport, type Passport } from '../../core/passport/passport';
import { decodeProgressCode, encodeProgressCode } from '../../core/passport/progressCode';
import type { TrailConfig } from './trailConfig';


/**
 * The passport kept in this browser's localStorage, as its own progress code (one format, one checked
 * decoder). `saved` is false where the browser refuses storage (private mode): the page then says so.
 */
export function openPassportStore(config: TrailConfig) {
  const trail = config.points.map((p) => p.id);
  const tag = hexToBytes(config.tag);
  const read = (): Passport => {
    try {
      const stored = localStorage.getItem(config.storageKey);
      const decoded = stored ? decodeProgressCode(stored, trail, tag) : undefined;
      if (decoded?.ok) return decoded.passport;
    } catch { /* storage refused: start empty */ }
    return newPassport(crypto.getRandomValues(new Uint8Array(4)));
  };
  let passport = read();
  return {
    get: () => passport,
    trail,
    tag,
    /** Keeps `next` on the phone; returns false when the browser would not store it. */
    save(next: Passport): boolean {
      passport = next;
      try {
        localStorage.setItem(config.storageKey, encodeProgressCode(next, trail, tag));
        return true;
      } catch {
        return false;
      }
    },
    code: () => encodeProgressCode(passport, trail, tag),
  };
}
