import { base32crockford } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { checkinSecrets } from './checkinSecrets';
import { addStamp, minuteOf, newPassport, type Passport } from './passport';
import { codeOfText, communityTag, decodeProgressCode, encodeProgressCode } from './progressCode';
import { stampProof } from './stampProof';
import { verifyStamps } from './verifyStamps';

const TRAIL = Array.from({ length: 12 }, (_, i) => `checkin-${String(i + 1).padStart(2, '0')}`);
const SECRET = new Uint8Array(32).fill(7);
const TAG = communityTag('cailing');

/** A passport stamped at `points` every 7 minutes, the way the pages stamp: QR for odd points, location for even. */
function stamped(points: string[], nickname = '', gapMinutes = 7): Passport {
  let p = { ...newPassport(new Uint8Array([1, 2, 3, 4])), nickname };
  points.forEach((id, i) => {
    const { code, locationKey } = checkinSecrets(SECRET, id);
    const method = i % 2 ? 'location' : 'qr';
    const minute = minuteOf(Date.UTC(2026, 5, 1, 9, i * gapMinutes));
    p = addStamp(p, id, { minute, method, proof: stampProof(method === 'qr' ? code : locationKey, p.id, id, minute, method) });
  });
  return p;
}

describe('progress code (compact, version 2)', () => {
  it('holds all 12 stamps in 100 characters of digits and capitals (QR alphanumeric mode), and reads back exactly', () => {
    const p = stamped(TRAIL);
    const code = encodeProgressCode(p, TRAIL, TAG);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(code.length).toBeLessThanOrEqual(100);
    expect(decodeProgressCode(code, TRAIL, TAG)).toEqual({ ok: true, passport: p });
    expect(verifyStamps(p, SECRET).every((s) => s.valid)).toBe(true);
  });
  it('keeps a nickname and still stays under 120 characters', () => {
    const p = stamped(TRAIL, '小星星');
    const code = encodeProgressCode(p, TRAIL, TAG);
    expect(code.length).toBeLessThan(120);
    expect(decodeProgressCode(code, TRAIL, TAG)).toEqual({ ok: true, passport: p });
  });
  it('round-trips stamps out of trail order, hours apart, and an empty passport', () => {
    let p = stamped(['checkin-07', 'checkin-02', 'checkin-11'], 'Ann', 400);
    p = { ...p, stamps: { ...p.stamps, 'checkin-02': { ...p.stamps['checkin-02']!, minute: p.stamps['checkin-02']!.minute - 3000 } } };
    expect(decodeProgressCode(encodeProgressCode(p, TRAIL, TAG), TRAIL, TAG)).toEqual({ ok: true, passport: p });
    const empty = stamped([]);
    expect(decodeProgressCode(encodeProgressCode(empty, TRAIL, TAG), TRAIL, TAG)).toEqual({ ok: true, passport: empty });
  });
  it('reads a whole restore link, in any case, with spaces or dashes a hand added', () => {
    const p = stamped(TRAIL.slice(0, 4), '小明');
    const code = encodeProgressCode(p, TRAIL, TAG);
    expect(decodeProgressCode(`https://map.example.org/en/passport/#restore=${code}`, TRAIL, TAG)).toEqual({ ok: true, passport: p });
    expect(decodeProgressCode(code.toLowerCase().replace(/(.{5})/g, '$1 - '), TRAIL, TAG)).toEqual({ ok: true, passport: p });
    expect(codeOfText('/passport/#restore=ABC')).toBe('ABC');
    expect(codeOfText('ABC')).toBe('ABC');
  });
  it('refuses damaged, cut, lengthened, foreign, other-version and empty codes without throwing', () => {
    const code = encodeProgressCode(stamped(TRAIL.slice(0, 5)), TRAIL, TAG);
    for (let i = 0; i < code.length; i += 1) {
      const flip = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      expect(decodeProgressCode(flip, TRAIL, TAG).ok, `character ${i} changed`).toBe(false);
    }
    expect(decodeProgressCode(code.slice(0, -6), TRAIL, TAG).ok).toBe(false);
    expect(decodeProgressCode(`${code}00`, TRAIL, TAG).ok).toBe(false);
    expect(decodeProgressCode(code, TRAIL, communityTag('another-estate'))).toEqual({ ok: false, error: 'foreign' });
    expect(decodeProgressCode('', TRAIL, TAG)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode('https://example.org/passport/#restore=', TRAIL, TAG)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode('hello, world!', TRAIL, TAG)).toEqual({ ok: false, error: 'malformed' });
    expect(decodeProgressCode('UUUU', TRAIL, TAG).ok).toBe(false);
  });
  it('names a code from a future version as such, and a well-checksummed body that does not parse as malformed', () => {
    const withCheck = (body: Uint8Array) => base32crockford.encode(Uint8Array.from([...body, ...sha256(body).slice(0, 3)]));
    const body = base32crockford.decode(encodeProgressCode(stamped(['checkin-01']), TRAIL, TAG)).slice(0, -3);
    expect(decodeProgressCode(withCheck(Uint8Array.from([0x30 | (body[0]! & 0x0f), ...body.slice(1)])), TRAIL, TAG)).toEqual({ ok: false, error: 'version' });
    expect(decodeProgressCode(withCheck(body.slice(0, 9)), TRAIL, TAG)).toEqual({ ok: false, error: 'malformed' });
  });
  it('still reads a version-1 code a phone stored before, keeping its stamps valid', () => {
    const p = stamped(TRAIL.slice(0, 3), '小明');
    // Version 1: version byte, 2-byte tag, id, nickname, count, then per stamp index|QR bit, minute (3 bytes), 4-byte proof.
    const name = new TextEncoder().encode(p.nickname);
    const bytes = [1, ...TAG, ...hexToBytes(p.id), name.length, ...name, 3];
    TRAIL.slice(0, 3).forEach((id, i) => {
      const s = p.stamps[id]!;
      bytes.push(i | (s.method === 'qr' ? 0x80 : 0), (s.minute >> 16) & 0xff, (s.minute >> 8) & 0xff, s.minute & 0xff, ...hexToBytes(`${s.proof}ab`));
    });
    const body = Uint8Array.from(bytes);
    const v1 = base32crockford.encode(Uint8Array.from([...body, ...sha256(body).slice(0, 4)])).replace(/(.{4})(?=.)/g, '$1-');
    const decoded = decodeProgressCode(v1, TRAIL, TAG);
    expect(decoded).toEqual({ ok: true, passport: p });
    expect(decoded.ok && verifyStamps(decoded.passport, SECRET).every((s) => s.valid)).toBe(true);
    expect(bytesToHex(TAG)).toHaveLength(4);
  });
});
