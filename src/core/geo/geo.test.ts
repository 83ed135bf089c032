import { describe, expect, it } from 'vitest';
import { distanceAndDirection } from './distanceAndDirection';
import { round6 } from './round6';
import { selfCrossings } from './selfCrossings';

describe('round6', () => {
  it('keeps 6 decimals (≈ 0.1 m), rounding the 7th half up', () => {
    expect(round6(120.12345649)).toBe(120.123456);
    expect(round6(31.7903455)).toBe(31.790346);
    expect(round6(120)).toBe(120);
  });
});

describe('selfCrossings', () => {
  it('finds the one point where a bow tie crosses itself, listed once', () => {
    expect(selfCrossings([[120, 31.79], [120.002, 31.792], [120.002, 31.79], [120, 31.792], [120, 31.79]])).toEqual([[120.001, 31.791]]);
  });
  it('finds nothing in a simple ring, even a concave one whose edges meet only at vertices', () => {
    expect(selfCrossings([[120, 31.79], [120.001, 31.79], [120.0005, 31.7905], [120.001, 31.791], [120, 31.791], [120, 31.79]])).toEqual([]);
  });
});

describe('distanceAndDirection', () => {
  it('says how many metres and which of eight ways: 0.0009° of latitude north is about 100 m, n', () => {
    const way = distanceAndDirection([120, 31.79], [120, 31.7909]);
    expect(Math.round(way.metres)).toBe(100);
    expect(way.direction).toBe('n');
    expect(distanceAndDirection([120.001, 31.791], [120, 31.79]).direction).toBe('sw');
  });
  it('from a point to itself: 0 m, and north rather than NaN', () => {
    expect(distanceAndDirection([120, 31.79], [120, 31.79])).toEqual({ metres: 0, direction: 'n' });
  });
});

