import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { averageFixes, type Fix } from './averageFixes';
import { outlineFromCorners } from './outlineFromCorners';
import { GATE, surveyGate } from './surveyGate';

/** Metres → degrees of latitude near the estate (31.79° N), for placing test fixes a known distance apart. */
const M = 1 / 111_195;
const at = (eastM: number, northM: number, accuracyM = 4): Fix => ({
  position: [120 + (eastM * M) / Math.cos((31.79 * Math.PI) / 180), 31.79 + northM * M], accuracyM,
});

describe('averageFixes', () => {
  it('averages fixes around a point to that point, and measures how far they wander (RMS, metres)', () => {
    const a = averageFixes([at(2, 0), at(-2, 0), at(0, 2), at(0, -2)])!;
    expect(distance(a.position, [120, 31.79], { units: 'meters' })).toBeLessThan(0.15);
    expect(a.spreadM).toBeCloseTo(2, 1);
    expect(a).toMatchObject({ accuracyM: 4, fixes: 4, dropped: 0 });
  });
  it('leaves out fixes claiming worse than 30 m (a phone just woken, or indoors) and says how many', () => {
    const a = averageFixes([at(0, 0, 5), at(0, 0, 7), at(400, 0, 65)])!;
    expect(a).toMatchObject({ position: [120, 31.79], spreadM: 0, accuracyM: 6, fixes: 2, dropped: 1 });
  });
  it('has nothing to say without a usable fix', () => {
    expect(averageFixes([])).toBeUndefined();
    expect(averageFixes([at(0, 0, 80), at(0, 0, Number.NaN)])).toBeUndefined();
  });
  it('rounds the position to 6 decimals, as data/ keeps it', () => {
    const a = averageFixes([{ position: [120.1234561, 31.7], accuracyM: 3 }, { position: [120.1234569, 31.7], accuracyM: 3 }])!;
    expect(a.position).toEqual([120.123457, 31.7]);
  });
});

describe('surveyGate', () => {
  const avg = (fixes: number, accuracyM: number, spreadM: number) => ({ position: [120, 31.79] as [number, number], fixes, accuracyM, spreadM, dropped: 0 });
  it.each([
    ['a clear-sky survey', avg(20, 4, 1.5), 'green', []],
    ['exactly at the green limits', avg(GATE.green.fixes, GATE.green.accuracyM, GATE.green.spreadM), 'green', []],
    ['good fixes but only four of them', avg(4, 4, 1), 'amber', ['fixes']],
    ['8 m accuracy', avg(20, 8, 2), 'amber', ['accuracy']],
    ['readings wandering 6 m', avg(20, 4, 6), 'amber', ['spread']],
    ['exactly at the amber limits', avg(GATE.amber.fixes, GATE.amber.accuracyM, GATE.amber.spreadM), 'amber', ['fixes', 'accuracy', 'spread']],
    ['a single fix', avg(1, 3, 0), 'red', ['fixes']],
    ['25 m accuracy (inside a stairwell)', avg(20, 25, 2), 'red', ['accuracy']],
    ['readings wandering 30 m (tall buildings reflecting)', avg(20, 4, 30), 'red', ['spread']],
    ['just over the amber accuracy', avg(20, 10.1, 1), 'red', ['accuracy']],
  ] as const)('%s → %s', (_, average, colour, reasons) => {
    expect(surveyGate(average)).toEqual({ colour, reasons });
  });
  it('is red with no fix at all', () => {
    expect(surveyGate(undefined)).toEqual({ colour: 'red', reasons: ['fixes'] });
  });
  it('keeps amber well inside the 35 m check-in radius', () => {
    expect(GATE.amber.accuracyM + GATE.amber.spreadM).toBeLessThan(35);
  });
});

describe('outlineFromCorners', () => {
  const square: [number, number][] = [[0, 0], [0, 1], [1, 1], [1, 0]];
  it('closes the ring and turns it counter-clockwise, whichever way the building was walked round', () => {
    const ccw = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(outlineFromCorners(square)!.coordinates[0]).toEqual(ccw);
    expect(outlineFromCorners([...square].reverse())!.coordinates[0]).toEqual([[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]]);
  });
  it('does not count the first corner twice when it was recorded again at the end, nor a corner recorded twice in a row', () => {
    expect(outlineFromCorners([...square, [0, 0]])!.coordinates[0]).toHaveLength(5);
    expect(outlineFromCorners([[0, 0], [0, 0], [1, 0], [1, 1]])!.coordinates[0]).toHaveLength(4);
  });
  it('needs three distinct corners', () => {
    expect(outlineFromCorners([[0, 0], [1, 0]])).toBeUndefined();
    expect(outlineFromCorners([[0, 0], [1, 0], [0, 0]])).toBeUndefined();
  });
});
