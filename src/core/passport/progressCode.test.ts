import { base32crockford, base64urlnopad } from '@scure/base';
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

/** The passport as a code carries it: each proof's first 5 digits. */
const asCoded = (p: Passport): Passport => ({ ...p, stamps: Object.fromEntries(Object.entries(p.stamps).map(([id, s]) => [id, { ...s, proof: s.proof.slice(0, 5) }])) });

describe('progress code (link-friendly, version 3)', () => {
  it('holds all 12 stamps in 82 characters a link carries as they are, reads back exactly, and its stamps verify', () => {
    const p = stamped(TRAIL);
    const code = encodeProgressCode(p, TRAIL, TAG);
    expect(code).toMatch(/^[\w-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThanOrEqual(82);
    const decoded = decodeProgressCode(code, TRAIL, TAG);
    expect(decoded).toEqual({ ok: true, passport: asCoded(p) });
    expect(decoded.ok && verifyStamps(decoded.passport, SECRET).every((s) => s.valid)).toBe(true);
    expect(verifyStamps(p, SECRET).every((s) => s.valid)).toBe(true);
  });
  it('keeps a nickname of up to 10 Chinese characters in 104 characters, 30 letters (the longest) in 114', () => {
    for (const [nickname, most] of [['小星星', 90], ['采菱小画家采菱小画家', 104], ['Little Master Of Cailing 2026', 114], ['🌟小星', 92]] as const) {
      const p = stamped(TRAIL, nickname);
      const code = encodeProgressCode(p, TRAIL, TAG);
      expect(code.length, nickname).toBeLessThanOrEqual(most);
      expect(decodeProgressCode(code, TRAIL, TAG), nickname).toEqual({ ok: true, passport: asCoded(p) });
    }
    // Longer than 30 UTF-8 bytes: cut at a character, as the passport page does.
    const long = stamped(TRAIL, '采菱小画家采菱小画家采菱');
    const d = decodeProgressCode(encodeProgressCode(long, TRAIL, TAG), TRAIL, TAG);
    expect(d.ok && d.passport.nickname).toBe('采菱小画家采菱小画家');
  });
  it('a made-up stamp fails verification, and a proof cut shorter than a code carries never passes', () => {
    const p = stamped(TRAIL.slice(0, 2));
    const forged = { ...p, stamps: { ...p.stamps, 'checkin-09': { minute: p.stamps['checkin-01']!.minute + 30, method: 'qr' as const, proof: '12345' } } };
    const d = decodeProgressCode(encodeProgressCode(forged, TRAIL, TAG), TRAIL, TAG);
    expect(d.ok && verifyStamps(d.passport, SECRET).map((s) => s.valid)).toEqual([true, true, false]);
    const cut = { ...p, stamps: { 'checkin-01': { ...p.stamps['checkin-01']!, proof: p.stamps['checkin-01']!.proof.slice(0, 4) } } };
    expect(verifyStamps(cut, SECRET)[0]!.valid).toBe(false);
  });
  it('round-trips stamps out of trail order, hours apart, and an empty passport', () => {
    let p = stamped(['checkin-07', 'checkin-02', 'checkin-11'], 'Ann', 400);
    p = { ...p, stamps: { ...p.stamps, 'checkin-02': { ...p.stamps['checkin-02']!, minute: p.stamps['checkin-02']!.minute - 3000 } } };
    expect(decodeProgressCode(encodeProgressCode(p, TRAIL, TAG), TRAIL, TAG)).toEqual({ ok: true, passport: asCoded(p) });
    const empty = stamped([]);
    expect(decodeProgressCode(encodeProgressCode(empty, TRAIL, TAG), TRAIL, TAG)).toEqual({ ok: true, passport: empty });
  });
  it('reads a whole restore link, or the code with line breaks or spaces a chat app added', () => {
    const p = stamped(TRAIL.slice(0, 4), '小明');
    const code = encodeProgressCode(p, TRAIL, TAG);
    expect(decodeProgressCode(`https://map.example.org/en/passport/#restore=${code}`, TRAIL, TAG)).toEqual({ ok: true, passport: asCoded(p) });
    expect(decodeProgressCode(` ${code.slice(0, 40)}\n${code.slice(40)} `, TRAIL, TAG)).toEqual({ ok: true, passport: asCoded(p) });
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
    const withCheck = (body: Uint8Array) => base64urlnopad.encode(Uint8Array.from([...body, ...sha256(body).slice(0, 3)]));
    const body = base64urlnopad.decode(encodeProgressCode(stamped(['checkin-01']), TRAIL, TAG)).slice(0, -3);
    expect(decodeProgressCode(withCheck(Uint8Array.from([0x40 | (body[0]! & 0x0f), ...body.slice(1)])), TRAIL, TAG)).toEqual({ ok: false, error: 'version' });
    expect(decodeProgressCode(withCheck(body.slice(0, 9)), TRAIL, TAG)).toEqual({ ok: false, error: 'malformed' });
  });
  it('still reads a version-2 code a phone stored before (base 32, even retyped in lower case with dashes), keeping its stamps valid', () => {
    // Made by the version-2 encoder for stamped(TRAIL.slice(0, 3), '小明').
    const v2 = '4XRG20G30GVJV13Z6K27E02GPP4W3GXFNR0Q9M3BCQ43KG2F1TEG';
    const p = stamped(TRAIL.slice(0, 3), '小明');
    for (const typed of [v2, v2.toLowerCase().replace(/(.{5})/g, '$1-')]) {
      const decoded = decodeProgressCode(typed, TRAIL, TAG);
      expect(decoded, typed).toEqual({ ok: true, passport: p });
      expect(decoded.ok && verifyStamps(decoded.passport, SECRET).every((s) => s.valid)).toBe(true);
    }
    expect(decodeProgressCode(`${v2.slice(0, 10)}Z${v2.slice(11)}`, TRAIL, TAG)).toEqual({ ok: false, error: 'checksum' });
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
