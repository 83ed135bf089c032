import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFeatureCollection } from '../checks/checkFeatureCollection';
import { readCommunitySource } from '../../community/readCommunitySource';
import { buildingSchema } from '../../schemas/building';
import { landmarkSchema } from '../../schemas/landmark';
import { landmarksAt } from '../buildings/landmarksAt';
import { statusCounts } from '../buildings/statusCounts';
import { groupByKind } from './groupByKind';
import { trailNeighbours } from './trailNeighbours';

const src = readCommunitySource(resolve('.'));
const landmarks = checkFeatureCollection(src.landmarks, landmarkSchema).features;
const buildings = checkFeatureCollection(src.buildings, buildingSchema).features;

describe('the Cailing landmarks', () => {
  it('group by kind with the 12 check-in points first, in trail order', () => {
    const groups = groupByKind(landmarks);
    expect(groups[0]!.kind).toBe('checkin');
    expect(groups[0]!.items.map((l) => l.properties.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(groups.find((g) => g.kind === 'celebrity-stairwell')!.items.map((l) => l.properties.building)).toEqual([14, 18, 20, 22]);
  });
  it('link each check-in point to its neighbours on the trail', () => {
    const five = trailNeighbours(landmarks, 'checkin-05')!;
    expect([five.previous?.id, five.next?.id, five.total]).toEqual(['checkin-04', 'checkin-06', 12]);
    expect(trailNeighbours(landmarks, 'checkin-01')!.previous).toBeUndefined();
    expect(trailNeighbours(landmarks, 'pet-tribe')).toBeUndefined();
  });
  it('place the celebrity stairwell, the stool meeting spot and benches at building 22 / 14', () => {
    expect(landmarksAt(landmarks, 22).map((l) => l.id)).toEqual(['celebrity-22', 'stool-meeting-22']);
    expect(landmarksAt(landmarks, 14).map((l) => l.id)).toEqual(['bench-14', 'celebrity-14']);
  });
});

describe('statusCounts', () => {
  it('counts 4 celebrity stairwells, 3 renewed, 2 in progress and 53 not yet', () => {
    expect(statusCounts(buildings).map((s) => [s.status, s.count])).toEqual([['celebrity', 4], ['renewed', 3], ['in-progress', 2], ['not-yet', 53]]);
    expect(statusCounts(buildings)[1]!.numbers).toEqual([19, 21, 42]);
  });
});
