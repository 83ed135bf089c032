import { hexToBytes } from '@noble/hashes/utils.js';
import { mergePassports, newPassport, type Passport } from '../../core/passport/passport';
import { decodeProgressCode, encodeProgressCode, type ProgressCodeError } from '../../core/passport/progressCode';
import type { TrailConfig } from './trailConfig';

/** What taking in a progress link or code did: stamps now held (and whether storage took them), or why nothing changed. */
export type ImportOutcome = { ok: true; count: number; saved: boolean } | { ok: false; error: ProgressCodeError | 'other' };

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
  const code = () => encodeProgressCode(passport, trail, tag);
  const store = {
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
    code,
    /** The progress link: this site's passport page with the code in the fragment (never sent to a server). */
    link: () => `${location.origin}${config.passportHref}#restore=${code()}`,
    /**
     * Takes in a progress link or code: a passport without stamps takes it whole, the same passport merges
     * (keeping every stamp of both, the earlier time where both have one), another passport is refused.
     * A damaged or foreign one changes nothing.
     */
    importText(text: string): ImportOutcome {
      const decoded = decodeProgressCode(text, trail, tag);
      if (!decoded.ok) return decoded;
      const merged = Object.keys(passport.stamps).length === 0 ? decoded.passport : mergePassports(passport, decoded.passport);
      if (!merged) return { ok: false, error: 'other' };
      const saved = store.save(merged);
      return { ok: true, count: Object.keys(merged.stamps).length, saved };
    },
  };
  return store;
}

export type PassportStore = ReturnType<typeof openPassportStore>;
