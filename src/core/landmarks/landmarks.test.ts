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
import { formatPartialDate, muralFacts, picturesOf } from './muralFacts';

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

describe('mural pages: facts and gallery', () => {
  const byId = (id: string) => landmarks.find((l) => l.id === id)!;
  it('say the family manhole garden was painted by parents and children and was in good state when last recorded (2021-08)', () => {
    expect(muralFacts(byId('checkin-03'))).toEqual({ paintedBy: ['parents-children'], painted: undefined, state: 'good', stateSeen: '2021-08' });
  });
  it('show no mural block for a bench, which records none of it', () => {
    expect(muralFacts(byId('bench-14'))).toBeUndefined();
  });
  it('give a gone wall its state even when nobody recorded who painted it', () => {
    const gone = { ...byId('checkin-02'), properties: { ...byId('checkin-02').properties, state: 'gone' as const, stateSeen: '2024' } };
    expect(muralFacts(gone)).toMatchObject({ state: 'gone', stateSeen: '2024', paintedBy: undefined });
  });
  it('write dates only as precisely as they were recorded, in the reader\'s language', () => {
    expect(formatPartialDate('2021', 'zh-CN')).toBe('2021年');
    expect(formatPartialDate('2021-08', 'zh-CN')).toBe('2021年8月');
    expect(formatPartialDate('2021-08', 'en')).toBe('August 2021');
    expect(formatPartialDate('2021-08-30', 'en')).toBe('August 30, 2021');
  });
  it('show the story picture first, then the gallery, each file once', () => {
    const cover = { image: 'checkin-03.svg', alt: '封面' };
    const shown = picturesOf(cover, [{ image: 'checkin-03-fish.svg', alt: '小鱼', credit: 'parents-children' }, { image: 'checkin-03.svg', alt: '重复' }]);
    expect(shown.map((p) => p.image)).toEqual(['checkin-03.svg', 'checkin-03-fish.svg']);
    expect(picturesOf(cover, [])).toEqual([cover]);
  });
  it('hold two gallery pictures in the shipped data, each with alt text in Chinese and English', () => {
    const withGallery = landmarks.filter((l) => l.properties.gallery?.length);
    expect(withGallery.map((l) => l.id)).toEqual(['checkin-03', 'checkin-10']);
    for (const l of withGallery) for (const p of l.properties.gallery!) expect(Object.keys(p.alt)).toEqual(['zh-CN', 'en']);
  });
});
