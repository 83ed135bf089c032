import { resolve } from 'node:path';
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { checkFeatureCollection } from '../checks/checkFeatureCollection';
import { readCommunitySource } from '../../community/readCommunitySource';
import { landmarkSchema, type Landmark } from '../../schemas/landmark';
import { compassPoint } from '../geo/compassPoint';
import { decideCheckin } from './geofence';
import { trailStops, walkingMinutes } from './trailStops';

const landmarks = checkFeatureCollection(readCommunitySource(resolve('.')).landmarks, landmarkSchema).features;
const point = (id: string) => (landmarks.find((l) => l.id === id)!.geometry as Extract<Landmark['geometry'], { type: 'Point' }>).coordinates;

describe('trailStops (the Cailing walkway)', () => {
  const { stops, totalM, walkwayM } = trailStops(landmarks);
  it('lists the 12 check-in points in order, each leg at least as long as the straight line', () => {
    expect(stops.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(stops[0]!.legM).toBe(0);
    for (let i = 1; i < stops.length; i += 1) {
      const straight = distance(point(stops[i - 1]!.id), point(stops[i]!.id), { units: 'meters' });
      expect(stops[i]!.legM).toBeGreaterThanOrEqual(straight - 0.5);
    }
  });
  it('adds the legs up to the total, which is the walkway from point 1 to point 12', () => {
    expect(stops.reduce((n, s) => n + s.legM, 0)).toBeCloseTo(totalM, 6);
    expect(totalM).toBeCloseTo(walkwayM, 0);
    expect(totalM).toBeGreaterThan(1000);
  });
  it('gives walking minutes rounded up', () => {
    expect(walkingMinutes(120, 1)).toBe(2);
    expect(walkingMinutes(121, 1)).toBe(3);
    expect(walkingMinutes(0, 0.7)).toBe(0);
  });
});

describe('decideCheckin', () => {
  const five = point('checkin-05');
  const offset = ([lng, lat]: number[], east: number, north: number): [number, number] => [lng! + east / 94_700, lat! + north / 110_900];
  it('stamps within 35 m with a good fix', () => {
    expect(decideCheckin({ position: offset(five, 10, 10), accuracyM: 12 }, five, 35, 40)).toMatchObject({ outcome: 'stamp' });
  });
  it('refuses at 200 m, saying how far and which way', () => {
    const d = decideCheckin({ position: offset(five, -140, -140), accuracyM: 8 }, five, 35, 40);
    expect(d.outcome).toBe('too-far');
    expect(d.outcome === 'too-far' && Math.round(d.distanceM)).toBeGreaterThan(190);
    expect(d.outcome === 'too-far' && d.heading).toBe('ne');
  });
  it('asks for a better fix when accuracy is worse than 40 m, even if close', () => {
    expect(decideCheckin({ position: five, accuracyM: 65 }, five, 35, 40)).toEqual({ outcome: 'poor-fix', accuracyM: 65 });
    expect(decideCheckin({ position: five, accuracyM: Number.NaN }, five, 35, 40).outcome).toBe('poor-fix');
  });
  it('stamps right on the radius, not a metre past it', () => {
    expect(decideCheckin({ position: offset(five, 0, 34.9), accuracyM: 5 }, five, 35, 40).outcome).toBe('stamp');
    expect(decideCheckin({ position: offset(five, 0, 36), accuracyM: 5 }, five, 35, 40).outcome).toBe('too-far');
  });
});

describe('compassPoint', () => {
  it.each([[0, 'n'], [44, 'ne'], [90, 'e'], [-100, 'w'], [-170, 's'], [200, 's'], [337, 'nw'], [359, 'n']])('%d° → %s', (deg, point) => {
    expect(compassPoint(deg)).toBe(point);
  });
});
