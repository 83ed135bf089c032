import { describe, expect, it } from 'vitest';
import type { Passport, Stamp } from './passport';
import { FAST_PACE_MPS, tooFastStamps } from './tooFast';

// Three points in a row, 200 m apart going east (1° of longitude ≈ 94.63 km at 31.79° N).
const POINTS = [0, 1, 2].map((i) => ({ id: `p${i + 1}`, at: [120 + (i * 200) / 94_630, 31.79] as [number, number] }));
const stamp = (minute: number, method: Stamp['method'] = 'qr'): Stamp => ({ minute, method, proof: '000000' });
const passport = (stamps: Passport['stamps']): Passport => ({ id: '01020304', nickname: '', stamps });

describe('tooFastStamps', () => {
  it('uses 2 m/s, a fast pace', () => {
    expect(FAST_PACE_MPS).toBe(2);
  });
  it('lets a walk at a normal pace pass: 200 m in 3 minutes', () => {
    expect(tooFastStamps(passport({ p1: stamp(100), p2: stamp(103), p3: stamp(106) }), POINTS, 35)).toEqual([]);
  });
  it('flags 200 m in the same minute, with the numbers (200 m need 100 s, the minute allows under 60)', () => {
    expect(tooFastStamps(passport({ p1: stamp(100), p2: stamp(100) }), POINTS, 35)).toEqual([
      { fromId: 'p1', toId: 'p2', metres: 200, minutes: 0, neededS: 100 },
    ]);
  });
  it('passes 200 m in one minute on the clock: the real gap may be up to 119 s', () => {
    expect(tooFastStamps(passport({ p1: stamp(100), p2: stamp(101) }), POINTS, 35)).toEqual([]);
  });
  it('gives location stamps their radius: 200 m between two location stamps counts as 130 m', () => {
    expect(tooFastStamps(passport({ p1: stamp(100, 'location'), p2: stamp(100, 'location') }), POINTS, 35)).toEqual([
      { fromId: 'p1', toId: 'p2', metres: 130, minutes: 0, neededS: 65 },
    ]);
    expect(tooFastStamps(passport({ p1: stamp(100, 'location'), p2: stamp(100, 'location') }), POINTS, 50)).toEqual([]);
  });
  it('catches many short hops that add up: 400 m from the first to the third stamp within one minute', () => {
    const flags = tooFastStamps(passport({ p1: stamp(100), p2: stamp(101), p3: stamp(101) }), POINTS, 35);
    expect(flags).toEqual([{ fromId: 'p1', toId: 'p3', metres: 400, minutes: 1, neededS: 200 }]);
  });
  it('compares in time order, whatever the trail order', () => {
    expect(tooFastStamps(passport({ p3: stamp(50), p1: stamp(50) }), POINTS, 35)).toEqual([
      { fromId: 'p1', toId: 'p3', metres: 400, minutes: 0, neededS: 200 },
    ]);
  });
});
