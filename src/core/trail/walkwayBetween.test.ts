import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { walkwayBetween } from './walkwayBetween';

// An L-shaped walkway: 200 m east, then 100 m north.
const E = 200 / 94_630;
const N = 100 / 111_000;
const LINE: [number, number][] = [[120, 31.79], [120 + E, 31.79], [120 + E, 31.79 + N]];
const length = (l: number[][]) => l.slice(1).reduce((m, p, i) => m + distance(l[i]!, p, { units: 'meters' }), 0);

describe('walkwayBetween', () => {
  it('follows the bend between 150 m and 250 m along, 100 m long', () => {
    const part = walkwayBetween(LINE, 150, 250);
    expect(part).toHaveLength(3);
    expect(part[1]).toEqual(LINE[1]);
    expect(length(part)).toBeCloseTo(100, 0);
  });
  it('walks back the same way when the second distance is smaller', () => {
    expect(walkwayBetween(LINE, 250, 150)).toEqual(walkwayBetween(LINE, 150, 250).reverse());
  });
  it('stays on one segment between two spots on it', () => {
    const part = walkwayBetween(LINE, 20, 60);
    expect(part).toHaveLength(2);
    expect(length(part)).toBeCloseTo(40, 0);
  });
});
