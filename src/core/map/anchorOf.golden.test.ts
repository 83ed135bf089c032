import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { goldens } from '../../../tests/support/goldens';
import type { Geometry } from '../../schemas/geojson';
import { anchorOf } from './anchorOf';

/**
 * in: features; out: the same features, each followed by a red point where its symbol and popup go
 * (open an out file in geojson.io to see them). `clockwise-ring` is the ring drawn the wrong way round:
 * its centroid must not move (the signed area cancels out).
 */
goldens(new URL('./__fixtures__/anchorOf', import.meta.url), '.geojson', (input) => {
  const fc = input as FeatureCollection;
  return {
    type: 'FeatureCollection',
    features: fc.features.flatMap((f): Feature[] => [f, {
      type: 'Feature', id: `${f.id}-anchor`, properties: { of: f.id, 'marker-color': '#d00' },
      geometry: { type: 'Point', coordinates: anchorOf(f.geometry as Geometry) },
    }]),
  };
});

describe('anchorOf (what the goldens must say)', () => {
  const square = [[120, 31.79], [120.001, 31.79], [120.001, 31.791], [120, 31.791], [120, 31.79]] as [number, number][];
  it('puts a square building\'s label in its middle, whichever way its ring runs', () => {
    expect(anchorOf({ type: 'Polygon', coordinates: [square] })).toEqual([120.0005, 31.7905]);
    expect(anchorOf({ type: 'Polygon', coordinates: [[...square].reverse()] })).toEqual([120.0005, 31.7905]);
  });
  it('puts an L-shaped building\'s label at its centre of mass, to the 0.1 m the data holds', () => {
    const l: [number, number][] = [[120, 31.79], [120.002, 31.79], [120.002, 31.7905], [120.0005, 31.7905], [120.0005, 31.792], [120, 31.792], [120, 31.79]];
    expect(anchorOf({ type: 'Polygon', coordinates: [l] })).toEqual([120.000679, 31.790679]);
  });
  it('puts a path\'s label on its middle vertex, away from the stops at its ends', () => {
    expect(anchorOf({ type: 'LineString', coordinates: [[120, 31.79], [120.001, 31.79], [120.002, 31.79]] })).toEqual([120.001, 31.79]);
  });
});
