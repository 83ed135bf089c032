import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { goldens, rounded } from '../../../tests/support/goldens';
import type { Position } from '../../schemas/geojson';
import { nearestOnLine } from './nearestOnLine';

/**
 * in: one LineString (the walkway) and some points; out: each point with how far it is from the walkway
 * and how far along the walkway its nearest spot lies, in metres to the millimetre.
 */
goldens(new URL('./__fixtures__/nearestOnLine', import.meta.url), '.geojson', (input) => {
  const fc = input as FeatureCollection;
  const line = fc.features.find((f): f is Feature<LineString> => f.geometry.type === 'LineString')!;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => f.geometry.type !== 'Point' ? f
      : { ...f, properties: { ...f.properties, ...rounded(nearestOnLine(line.geometry.coordinates as Position[], (f as Feature<Point>).geometry.coordinates as Position), 3) } }),
  };
});

describe('nearestOnLine (what the goldens must say)', () => {
  const line: Position[] = [[120, 31.79], [120.001, 31.79], [120.001, 31.791]];
  it('finds a point on the walkway 0 m away, and a point past its end as far along as the walkway goes', () => {
    expect(nearestOnLine(line, [120.0005, 31.79]).distanceM).toBeCloseTo(0, 3);
    const end = nearestOnLine(line, [120.001, 31.7915]);
    expect(end.alongM).toBeCloseTo(nearestOnLine(line, [120.001, 31.791]).alongM, 3);
    expect(end.distanceM).toBeGreaterThan(50);
  });
});
