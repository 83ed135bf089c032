import { describe, expect, it } from 'vitest';
import { snapToPlace, type PickPlaces } from './snapToPlace';
import type { Position } from '../../schemas/geojson';

// At 31.79° N, 0.00001° of latitude ≈ 1.11 m and 0.00001° of longitude ≈ 0.95 m.
const square = (lng: number, lat: number, size: number): Position[][] => [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]];
const PLACES: PickPlaces = {
  boundary: square(120, 31.79, 0.01),
  buildings: [
    { number: 22, at: [120.0015, 31.7915], outline: square(120.001, 31.791, 0.001) },
    { number: 18, at: [120.0055, 31.7915], outline: square(120.005, 31.791, 0.001) },
  ],
  entrances: [
    { id: '22-3', building: 22, unit: 3, at: [120.0015, 31.791] },
    { id: '22-2', building: 22, unit: 2, at: [120.0012, 31.791] },
  ],
};

describe('snapToPlace', () => {
  it('snaps a tap 10 m south of building 22 stairwell 3 to that entrance', () => {
    expect(snapToPlace([120.0015, 31.79091], PLACES)).toEqual({ kind: 'stairwell', at: [120.0015, 31.791], building: 22, stairwell: '22-3', unit: 3 });
  });
  it('picks the nearer of two entrances both within 15 m', () => {
    expect(snapToPlace([120.00125, 31.79095], PLACES)).toMatchObject({ stairwell: '22-2' });
  });
  it('snaps a tap 20 m from building 18 (no entrance near) to the building, at its anchor', () => {
    expect(snapToPlace([120.0055, 31.79218], PLACES)).toEqual({ kind: 'building', at: [120.0055, 31.7915], building: 18 });
  });
  it('a tap inside a building far from its entrances snaps to that building', () => {
    expect(snapToPlace([120.0019, 31.7919], PLACES)).toMatchObject({ kind: 'building', building: 22 });
  });
  it('keeps a tap 40 m from every building as the point itself', () => {
    expect(snapToPlace([120.0035, 31.7915], PLACES)).toEqual({ kind: 'point', at: [120.0035, 31.7915] });
  });
  it('a tap 16 m from an entrance and 30 m from every wall is just a point', () => {
    expect(snapToPlace([120.0015, 31.79073], PLACES)).toEqual({ kind: 'point', at: [120.0015, 31.79073] });
  });
  it('refuses a tap outside the community boundary', () => {
    expect(snapToPlace([119.999, 31.795], PLACES)).toEqual({ kind: 'outside' });
  });
});
