import { describe, expect, it } from 'vitest';
import { checkinSecrets, codeHash } from './checkinSecrets';
import { normaliseCode } from './normaliseCode';
import { addStamp, mergePassports, minuteOf, newPassport, nextPoint, type Passport } from './passport';
import { stampProof } from './stampProof';
import { verifyStamps } from './verifyStamps';

const TRAIL = Array.from({ length: 12 }, (_, i) => `checkin-${String(i + 1).padStart(2, '0')}`);
const SECRET = new Uint8Array(32).fill(7);

/** A passport stamped at `points` the way the pages stamp: QR for odd points, location for even. */
function stamped(points: string[], nickname = '小明'): Passport {
  let p = { ...newPassport(new Uint8Array([1, 2, 3, 4])), nickname };
  points.forEach((id, i) => {
    const { code, locationKey } = checkinSecrets(SECRET, id);
    const method = i % 2 ? 'location' : 'qr';
    const minute = minuteOf(Date.UTC(2026, 5, 1, 9, i * 7));
    p = addStamp(p, id, { minute, method, proof: stampProof(method === 'qr' ? code : locationKey, p.id, id, minute, method) });
  });
  return p;
}

describe('check-in secrets', () => {
  it('give each point a 10-character code, and ship only its hash', () => {
    const a = checkinSecrets(SECRET, 'checkin-01');
    expect(a.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(a.codeHash).toBe(codeHash('checkin-01', a.code));
    expect(a.codeHash).not.toContain(a.code);
    expect(checkinSecrets(SECRET, 'checkin-02').code).not.toBe(a.code);
  });
  it('accept a code typed in lower case, with look-alike letters or spaces', () => {
    const { code, codeHash: hash } = checkinSecrets(SECRET, 'checkin-03');
    const sloppy = ` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(normaliseCode(sloppy)).toBe(code);
    expect(codeHash('checkin-03', sloppy)).toBe(hash);
  });
});

describe('passport state', () => {
  it('keeps the first time when a point is stamped twice', () => {
    const p = stamped(['checkin-01']);
    const again = addStamp(p, 'checkin-01', { minute: p.stamps['checkin-01']!.minute + 60, method: 'location', proof: '00000000' });
    expect(again.stamps['checkin-01']).toEqual(p.stamps['checkin-01']);
  });
  it('names the next point in trail order', () => {
    expect(nextPoint(stamped(['checkin-01', 'checkin-02', 'checkin-04']), TRAIL)).toBe('checkin-03');
    expect(nextPoint(stamped(TRAIL), TRAIL)).toBeUndefined();
    expect(nextPoint(stamped(['checkin-05']), TRAIL, 'checkin-05')).toBe('checkin-06');
    expect(nextPoint(stamped(['checkin-01', 'checkin-12']), TRAIL, 'checkin-12')).toBe('checkin-02');
  });
  it('merges two copies of one passport keeping the earlier stamps, and refuses to merge different passports', () => {
    const a = stamped(['checkin-01', 'checkin-02']);
    const b = addStamp({ ...a, stamps: { ...a.stamps, 'checkin-02': { ...a.stamps['checkin-02']!, minute: a.stamps['checkin-02']!.minute + 5 } } },
      'checkin-03', { minute: 1, method: 'qr', proof: '00000000' });
    expect(Object.keys(mergePassports(a, b)!.stamps).sort()).toEqual(['checkin-01', 'checkin-02', 'checkin-03']);
    expect(mergePassports(a, b)!.stamps['checkin-02']).toEqual(a.stamps['checkin-02']);
    expect(mergePassports(b, a)!.stamps['checkin-02']).toEqual(a.stamps['checkin-02']);
    expect(mergePassports(a, { ...b, id: 'ffffffff' })).toBeUndefined();
  });
});

describe('verifyStamps', () => {
  it('accepts stamps earned on the pages and catches a made-up or altered one', () => {
    const p = stamped(TRAIL.slice(0, 4));
    expect(verifyStamps(p, SECRET).every((s) => s.valid)).toBe(true);
    const forged = addStamp(p, 'checkin-09', { minute: 100, method: 'qr', proof: 'deadbeef' });
    const moved = { ...p, stamps: { ...p.stamps, 'checkin-01': { ...p.stamps['checkin-01']!, minute: p.stamps['checkin-01']!.minute - 600 } } };
    expect(verifyStamps(forged, SECRET).find((s) => s.pointId === 'checkin-09')!.valid).toBe(false);
    expect(verifyStamps(moved, SECRET).find((s) => s.pointId === 'checkin-01')!.valid).toBe(false);
    expect(verifyStamps(p, new Uint8Array(32).fill(8)).some((s) => s.valid)).toBe(false);
  });
});
