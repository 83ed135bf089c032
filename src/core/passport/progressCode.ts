import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base32crockford } from '@scure/base';
import { normaliseCode } from './normaliseCode';
import type { Passport } from './passport';

const VERSION = 1;
/** Longest nickname kept, in UTF-8 bytes (10 Chinese characters). */
export const MAX_NICKNAME_BYTES = 30;

/** Why a progress code was refused; the page says each in words. */
export type ProgressCodeError = 'empty' | 'malformed' | 'checksum' | 'version' | 'foreign';

/** Two bytes naming the community, so one community's code is refused by another's site. */
export function communityTag(communityId: string): Uint8Array {
  return sha256(utf8ToBytes(communityId)).slice(0, 2);
}

/**
 * The passport as a short code of Crockford base-32 groups (`XXXX-XXXX-…`), for copying, a QR code, or a
 * social worker's check. Layout: version, community tag, passport id, nickname, then per stamp the point's
 * trail index (high bit: QR), the minute (3 bytes) and the proof (4 bytes); last, 4 bytes of SHA-256 over
 * the rest, so a typo, a cut or an edit is caught before anything is imported.
 */
export function encodeProgressCode(passport: Passport, trail: readonly string[], tag: Uint8Array): string {
  const name = truncateUtf8(passport.nickname, MAX_NICKNAME_BYTES);
  const stamps = trail.flatMap((id, i) => (passport.stamps[id] ? [[i, passport.stamps[id]!] as const] : []));
  const bytes: number[] = [VERSION, ...tag, ...hexToBytes(passport.id), name.length, ...name, stamps.length];
  for (const [i, s] of stamps) {
    bytes.push(i | (s.method === 'qr' ? 0x80 : 0), (s.minute >> 16) & 0xff, (s.minute >> 8) & 0xff, s.minute & 0xff, ...hexToBytes(s.proof));
  }
  const body = Uint8Array.from(bytes);
  const all = new Uint8Array([...body, ...sha256(body).slice(0, 4)]);
  return base32crockford.encode(all).replace(/(.{4})(?=.)/g, '$1-');
}

/** Reads a progress code back; never throws. Refuses empty, mangled, cut, altered, other-version and other-community codes. */
export function decodeProgressCode(text: string, trail: readonly string[], tag: Uint8Array): { ok: true; passport: Passport } | { ok: false; error: ProgressCodeError } {
  const clean = normaliseCode(text);
  if (!clean) return { ok: false, error: 'empty' };
  let all: Uint8Array;
  try {
    all = base32crockford.decode(clean);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (all.length < 13) return { ok: false, error: 'malformed' };
  const body = all.slice(0, -4);
  if (!equal(sha256(body).slice(0, 4), all.slice(-4))) return { ok: false, error: 'checksum' };
  if (body[0] !== VERSION) return { ok: false, error: 'version' };
  if (body[1] !== tag[0] || body[2] !== tag[1]) return { ok: false, error: 'foreign' };
  const id = bytesToHex(body.slice(3, 7));
  const nameLength = body[7]!;
  let at = 8 + nameLength;
  if (nameLength > MAX_NICKNAME_BYTES || at >= body.length) return { ok: false, error: 'malformed' };
  let nickname: string;
  try {
    nickname = new TextDecoder('utf-8', { fatal: true }).decode(body.slice(8, at));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const count = body[at++]!;
  if (body.length !== at + count * 8) return { ok: false, error: 'malformed' };
  const stamps: Passport['stamps'] = {};
  for (let n = 0; n < count; n += 1, at += 8) {
    const point = trail[body[at]! & 0x7f];
    if (!point || stamps[point]) return { ok: false, error: 'malformed' };
    stamps[point] = {
      method: body[at]! & 0x80 ? 'qr' : 'location',
      minute: (body[at + 1]! << 16) | (body[at + 2]! << 8) | body[at + 3]!,
      proof: bytesToHex(body.slice(at + 4, at + 8)),
    };
  }
  return { ok: true, passport: { id, nickname, stamps } };
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** UTF-8 bytes of `s`, cut at a character boundary to at most `max` bytes. */
function truncateUtf8(s: string, max: number): Uint8Array {
  let out = utf8ToBytes('');
  for (const ch of s) {
    const next = utf8ToBytes(ch);
    if (out.length + next.length > max) break;
    out = new Uint8Array([...out, ...next]);
  }
  return out;
}
