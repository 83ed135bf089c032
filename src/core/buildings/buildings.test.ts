import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../../community/readCommunitySource';
import { buildingSchema, type Building } from '../../schemas/building';
import { landmarkSchema } from '../../schemas/landmark';
import { checkFeatureCollection } from '../checks/checkFeatureCollection';
import { landmarksAt } from './landmarksAt';
import { renovationProgress } from './renovationProgress';
import { statusCounts } from './statusCounts';

const source = readCommunitySource(resolve('.'));
const buildings = checkFeatureCollection(source.buildings, buildingSchema).features;
const landmarks = checkFeatureCollection(source.landmarks, landmarkSchema).features;

describe('statusCounts (the map legend of Cailing)', () => {
  const counts = statusCounts(buildings);
  it('lists the four statuses in legend order, and their counts add up to the 62 buildings', () => {
    expect(counts.map((c) => c.status)).toEqual(['celebrity', 'renewed', 'in-progress', 'not-yet']);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(62);
  });
  it('names the four celebrity stairwells\' buildings 14, 18, 20 and 22, in number order', () => {
    expect(counts[0]).toEqual({ status: 'celebrity', count: 4, numbers: [14, 18, 20, 22] });
  });
  it('keeps a status nobody has yet in the legend, with 0', () => {
    const one = buildings.filter((b) => b.properties.number === 22);
    expect(statusCounts(one).map((c) => c.count)).toEqual([1, 0, 0, 0]);
  });
});

describe('renovationProgress (the progress chart)', () => {
  it('counts celebrity and renewed buildings as done, and the three bars add up to 62', () => {
    const bars = renovationProgress(buildings);
    expect(bars.map((b) => b.group)).toEqual(['done', 'in-progress', 'not-yet']);
    const byStatus = Object.fromEntries(statusCounts(buildings).map((c) => [c.status, c.count]));
    expect(bars[0]!.count).toBe(byStatus.celebrity! + byStatus.renewed!);
    expect(bars.reduce((n, b) => n + b.count, 0)).toBe(62);
  });
  it('moves a building from "not yet" to "done" when it is renewed', () => {
    const renewed = buildings.map((b): Building => (b.properties.number === 1 ? { ...b, properties: { ...b.properties, status: 'renewed' } } : b));
    const [before, after] = [renovationProgress(buildings), renovationProgress(renewed)];
    expect(after[0]!.count).toBe(before[0]!.count + 1);
    expect(after[2]!.count).toBe(before[2]!.count - 1);
  });
});

describe('landmarksAt (what a building page lists)', () => {
  it('gives building 22 its celebrity stairwell and its meeting spot, sorted by id', () => {
    expect(landmarksAt(landmarks, 22).map((l) => l.id)).toEqual(['celebrity-22', 'stool-meeting-22']);
  });
  it('gives a building with no landmarks an empty list', () => {
    expect(landmarksAt(landmarks, 1)).toEqual([]);
  });
});
