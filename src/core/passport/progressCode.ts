import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { base32crockford, base64urlnopad } from '@scure/base';
import { normaliseCode } from './normaliseCode';
import type { Passport } from './passport';

/** Version of the link-friendly code (base64url). Versions 2 (base 32, bit-packed) and 1 (byte-aligned) are still read. */
const VERSION = 3;
/** Longest nickname kept, in UTF-8 bytes (10 Chinese characters). */
export const MAX_NICKNAME_BYTES = 30;
/** Bits of the checksum at the end: a typo, a cut or a damaged link passes it once in 16 million. */
const CHECK_BITS = 24;
/** Minutes since `EPOCH_MS` take 24 bits (until 2056). */
const MINUTE_BITS = 24;
/** Bits of each stamp's proof a code carries: a made-up stamp passes once in a million (version 2 carried 24). */
const PROOF_BITS = 20;
/** Hex digits a verifier needs to see of a stamp's proof. */
export const MIN_PROOF_HEX = PROOF_BITS / 4;
/** The first code point of the CJK block a nickname's characters take 15 bits in (U+4E00…U+CDFF). */
const CJK_FIRST = 0x4e00;

/** Why a progress code was refused; the page says each in words. */
export type ProgressCodeError = 'empty' | 'malformed' | 'checksum' | 'version' | 'foreign';
export type DecodedProgress = { ok: true; passport: Passport } | { ok: false; error: ProgressCodeError };

/** Two bytes naming the community, so one community's code is refused by another's site (the code keeps 12 bits). */
export function communityTag(communityId: string): Uint8Array {
  return sha256(utf8ToBytes(communityId)).slice(0, 2);
}

/**
 * The passport as a short base64url code, the tail of a restore link (`/passport/#restore=<code>`). Bits, in
 * order: version (4), community tag (12), passport id (32), nickname length in characters (5) and each
 * character (ASCII 8 bits, a Chinese character 17, anything else 23), one bit per trail point (stamped?), one
 * bit per stamp (QR?), the first stamp's minute (24) and each next one's difference in minutes (zig-zag, 6-bit
 * groups), each stamp's proof (20); padded to a byte, then 24 bits of SHA-256 over all that.
 * 12 stamps: 82 characters; with a 3-character Chinese nickname 90, a 10-character one 104, 30 letters (the most) 114.
 * @example encodeProgressCode(passport, trail, communityTag('cailing')) → 'MYe4…' (82 characters for 12 stamps)
 */
export function encodeProgressCode(passport: Passport, trail: readonly string[], tag: Uint8Array): string {
  const w = bitWriter();
  const name = [...new TextDecoder().decode(truncateUtf8(passport.nickname, MAX_NICKNAME_BYTES))];
  w.put(VERSION, 4);
  w.put(((tag[0]! << 8) | tag[1]!) >> 4, 12);
  for (const b of hexToBytes(passport.id)) w.put(b, 8);
  w.put(name.length, 5);
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { w.put(0, 1); w.put(cp, 7); }
    else if (cp >= CJK_FIRST && cp < CJK_FIRST + 2 ** 15) { w.put(0b10, 2); w.put(cp - CJK_FIRST, 15); }
    else { w.put(0b11, 2); w.put(cp, 21); }
  }
  const stamps = trail.flatMap((id) => (passport.stamps[id] ? [passport.stamps[id]!] : []));
  for (const id of trail) w.put(passport.stamps[id] ? 1 : 0, 1);
  for (const s of stamps) w.put(s.method === 'qr' ? 1 : 0, 1);
  stamps.forEach((s, i) => {
    if (i === 0) w.put(s.minute, MINUTE_BITS);
    else w.putVarint(zigzag(s.minute - stamps[i - 1]!.minute));
  });
  for (const s of stamps) w.put(Number.parseInt(s.proof.slice(0, MIN_PROOF_HEX), 16), PROOF_BITS);
  const body = w.bytes();
  return base64urlnopad.encode(Uint8Array.from([...body, ...sha256(body).slice(0, CHECK_BITS / 8)]));
}

/**
 * Reads a progress code back, from the bare code or from a whole restore link (`…/passport/#restore=<code>`).
 * Never throws; refuses empty, mangled, cut, altered, other-version and other-community codes. Reads the
 * base-32 codes of versions 2 and 1 too (phones stored them before), tolerant of case, spaces, dashes and
 * look-alike letters as those were meant to be copied by hand.
 */
export function decodeProgressCode(text: string, trail: readonly string[], tag: Uint8Array): DecodedProgress {
  const raw = codeOfText(text).replace(/\s/g, '');
  if (!raw) return { ok: false, error: 'empty' };
  const v3 = decodeVersion3(raw, trail, tag);
  if (v3.ok) return v3;
  const older = decodeBase32(normaliseCode(raw), trail, tag);
  if (older.ok) return older;
  // Both readings failed: say what is wrong with the one the code looks like (mixed case: a version-3 link).
  return /^[\w-]+$/.test(raw) && /[a-z_]/.test(raw) && /[A-Z]/.test(raw) ? v3 : older;
}

function decodeVersion3(raw: string, trail: readonly string[], tag: Uint8Array): DecodedProgress {
  const all = bytesOf(base64urlnopad, raw);
  if (!all || all.length < 10) return { ok: false, error: 'malformed' };
  const body = checkedBody(all);
  if (!body) return { ok: false, error: 'checksum' };
  if (all[0]! >> 4 !== VERSION) return { ok: false, error: all[0]! >> 4 > VERSION ? 'version' : 'malformed' };
  try {
    const r = bitReader(body);
    r.get(4);
    if (r.get(12) !== ((tag[0]! << 8) | tag[1]!) >> 4) return { ok: false, error: 'foreign' };
    const id = bytesToHex(Uint8Array.from([r.get(8), r.get(8), r.get(8), r.get(8)]));
    const nameLength = r.get(5);
    let nickname = '';
    for (let i = 0; i < nameLength; i += 1) {
      // 0: ASCII (7 bits); 10: a Chinese character (15 bits from U+4E00); 11: any code point (21 bits).
      const kind = r.get(1) === 0 ? 'ascii' : r.get(1) === 0 ? 'cjk' : 'other';
      nickname += String.fromCodePoint(kind === 'ascii' ? r.get(7) : kind === 'cjk' ? CJK_FIRST + r.get(15) : r.get(21));
    }
    if (utf8ToBytes(nickname).length > MAX_NICKNAME_BYTES) return { ok: false, error: 'malformed' };
    const stamps = readStamps(r, trail, PROOF_BITS);
    if (!stamps || !r.onlyPaddingLeft()) return { ok: false, error: 'malformed' };
    return { ok: true, passport: { id, nickname, stamps } };
  } catch {
    return { ok: false, error: 'malformed' };
  }
}

/** The bytes `text` spells in `codec`, or `undefined` when it spells none. */
function bytesOf(codec: { decode: (text: string) => Uint8Array }, text: string): Uint8Array | undefined {
  try {
    return codec.decode(text);
  } catch {
    return undefined;
  }
}

/** The code's bytes without their check (versions 2 and 3: the body's SHA-256, first CHECK_BITS), if the check holds. */
function checkedBody(all: Uint8Array): Uint8Array | undefined {
  const body = all.slice(0, -CHECK_BITS / 8);
  return equal(sha256(body).slice(0, CHECK_BITS / 8), all.slice(-CHECK_BITS / 8)) ? body : undefined;
}

/** The stamps part, shared by versions 2 and 3 (they differ in proof width); `undefined` when it does not add up. */
function readStamps(r: ReturnType<typeof bitReader>, trail: readonly string[], proofBits: number): Passport['stamps'] | undefined {
  const ids = trail.filter(() => r.get(1) === 1);
  const qr = ids.map(() => r.get(1) === 1);
  const minutes: number[] = [];
  for (let i = 0; i < ids.length; i += 1) minutes.push(i === 0 ? r.get(MINUTE_BITS) : minutes[i - 1]! + unzigzag(r.getVarint()));
  if (minutes.some((m) => m < 0)) return undefined;
  const stamps: Passport['stamps'] = {};
  ids.forEach((pointId, i) => {
    stamps[pointId] = { minute: minutes[i]!, method: qr[i] ? 'qr' : 'location', proof: r.get(proofBits).toString(16).padStart(proofBits / 4, '0') };
  });
  return stamps;
}

/** Versions 2 and 1: Crockford base 32, digits and capitals, meant to be copied by hand. */
function decodeBase32(clean: string, trail: readonly string[], tag: Uint8Array): DecodedProgress {
  const all = bytesOf(base32crockford, clean);
  if (!all) return { ok: false, error: 'malformed' };
  if (all[0] === 1) return decodeVersion1(all, trail, tag);
  if (all.length < 12) return { ok: false, error: 'malformed' };
  const body = checkedBody(all);
  if (!body) return { ok: false, error: 'checksum' };
  try {
    const r = bitReader(body);
    const version = r.get(4);
    if (version !== 2) return { ok: false, error: 'version' };
    if (r.get(12) !== ((tag[0]! << 8) | tag[1]!) >> 4) return { ok: false, error: 'foreign' };
    const id = bytesToHex(Uint8Array.from([r.get(8), r.get(8), r.get(8), r.get(8)]));
    const nameLength = r.get(5);
    if (nameLength > MAX_NICKNAME_BYTES) return { ok: false, error: 'malformed' };
    const nickname = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from({ length: nameLength }, () => r.get(8)));
    const stamps = readStamps(r, trail, 24);
    if (!stamps || !r.onlyPaddingLeft()) return { ok: false, error: 'malformed' };
    return { ok: true, passport: { id, nickname, stamps } };
  } catch {
    return { ok: false, error: 'malformed' };
  }
}

/** The code inside a restore link (what follows `restore=`), or the text itself when it is a bare code. */
export function codeOfText(text: string): string {
  const m = /[#&?]restore=([^&#\s]*)/i.exec(text);
  return m ? decodeURIComponent(m[1]!) : text;
}

/** Version-1 codes (before the compact one): byte-aligned, 8 bytes per stamp (of which 6 proof digits are kept), 4-byte checksum. */
function decodeVersion1(all: Uint8Array, trail: readonly string[], tag: Uint8Array): DecodedProgress {
  if (all.length < 13) return { ok: false, error: 'malformed' };
  const body = all.slice(0, -4);
  if (!equal(sha256(body).slice(0, 4), all.slice(-4))) return { ok: false, error: 'checksum' };
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
      proof: bytesToHex(body.slice(at + 4, at + 8)).slice(0, 6),
    };
  }
  return { ok: true, passport: { id, nickname, stamps } };
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 ? -(n + 1) / 2 : n / 2);

/** Appends numbers most significant bit first; `putVarint` writes 6 bits at a time, each group led by a "more follows" bit. */
function bitWriter() {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let i = width - 1; i >= 0; i -= 1) bits.push(Math.floor(value / 2 ** i) % 2);
  };
  return {
    put,
    putVarint(value: number) {
      const groups: number[] = [];
      do { groups.unshift(value % 64); value = Math.floor(value / 64); } while (value > 0);
      groups.forEach((g, i) => { put(i < groups.length - 1 ? 1 : 0, 1); put(g, 6); });
    },
    bytes: () => Uint8Array.from({ length: Math.ceil(bits.length / 8) }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((n, b, j) => n | (b << (7 - j)), 0)),
  };
}

/** Reads what `bitWriter` wrote; throws past the end. */
function bitReader(bytes: Uint8Array) {
  let at = 0;
  const total = bytes.length * 8;
  const get = (width: number) => {
    if (at + width > total) throw new Error('past the end');
    let n = 0;
    for (let i = 0; i < width; i += 1, at += 1) n = n * 2 + ((bytes[at >> 3]! >> (7 - (at & 7))) & 1);
    return n;
  };
  return {
    get,
    getVarint() {
      let n = 0;
      for (let more = 1, groups = 0; more; groups += 1) {
        if (groups > 4) throw new Error('varint too long');
        more = get(1);
        n = n * 64 + get(6);
      }
      return n;
    },
    /** True when fewer than 8 bits remain and all are zero (the padding to a whole byte). */
    onlyPaddingLeft: () => total - at < 8 && (total === at || get(total - at) === 0),
  };
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
