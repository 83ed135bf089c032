import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeLabels as place, type LabelBox } from './placeLabels';

const placeLabels = (...args: Parameters<typeof place>) => place(...args).map((at) => at !== null);

const box = (x: number, y: number, priority = 0): LabelBox => ({ x, y, w: 20, h: 14, priority });

describe('placeLabels', () => {
  it('shows every label when none overlaps', () => {
    expect(placeLabels([box(0, 0), box(30, 0), box(0, 30)])).toEqual([true, true, true]);
  });
  it('of two overlapping labels shows the more important one, whatever the input order', () => {
    expect(placeLabels([box(0, 0), box(10, 5, 2)])).toEqual([false, true]);
    expect(placeLabels([box(10, 5, 2), box(0, 0)])).toEqual([true, false]);
  });
  it('breaks ties by input order', () => {
    expect(placeLabels([box(0, 0), box(10, 5)])).toEqual([true, false]);
  });
  it('keeps labels the gap apart: touching boxes do not both show', () => {
    expect(placeLabels([box(0, 0), box(21, 0)], [], 2)).toEqual([true, false]);
    expect(placeLabels([box(0, 0), box(23, 0)], [], 2)).toEqual([true, true]);
  });
  it('never shows a label over an obstacle (a pin)', () => {
    expect(placeLabels([box(0, 0, 9)], [{ x: 5, y: 5, w: 24, h: 24 }])).toEqual([false]);
  });
  it('moves a label to the first free one of its shifts rather than hiding it', () => {
    expect(place([box(0, 0, 2), { ...box(10, 0), shifts: [[-30, 0], [15, 0]] }])).toEqual([[0, 0], [15, 0]]);
    expect(place([box(0, 0, 2), { ...box(10, 0), shifts: [[5, 0]] }])).toEqual([[0, 0], null]);
  });
  it('tries a label\'s last places only after every label has had its own place and shifts, and asks for them only then', () => {
    // The first label's last place is where the second (less important) would go: the second keeps it.
    const against = { ...box(0, 0, 3), lastShifts: () => [[30, 0]] as const };
    expect(place([box(0, 0, 9), against, box(30, 0, 1)])).toEqual([[0, 0], null, [0, 0]]);
    expect(place([box(0, 0, 9), { ...against, lastShifts: () => [[30, 0], [0, 30]] as const }, box(30, 0, 1)])).toEqual([[0, 0], [0, 30], [0, 0]]);
    // A label shown in its own place or by its shifts never asks for its last places.
    const never = () => { throw new Error('asked'); };
    expect(place([{ ...box(100, 0), lastShifts: never }, box(0, 0, 2), { ...box(0, 0, 1), shifts: [[0, 30]], lastShifts: never }])).toEqual([[0, 0], [0, 0], [0, 30]]);
  });
  it('places the crowded-row fixture', () => {
    const f = JSON.parse(readFileSync(new URL('./__fixtures__/placeLabels/crowded-row.json', import.meta.url), 'utf8'));
    expect(placeLabels(f.boxes, f.obstacles)).toEqual(f.shown);
  });
});
