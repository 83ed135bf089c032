import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureCollectionText } from './featureCollectionText';

describe('featureCollectionText', () => {
  it('writes the shipped landmarks file back byte for byte', () => {
    const text = readFileSync('data/landmarks.geojson', 'utf8');
    expect(featureCollectionText(JSON.parse(text))).toBe(text);
  });
  it('keeps titles that look like replacement patterns, dates or JSON as the very same text', () => {
    const names = ['$&', '$`', "$'", '$1', '2024-01-01', '"]}', '\\u0000', '\u2028'];
    const fc = { type: 'FeatureCollection' as const, features: names.map((n, i) => ({ type: 'Feature', id: `x-${i}`, properties: { name: { en: n } } })) };
    const back = JSON.parse(featureCollectionText(fc)) as typeof fc;
    expect(back.features.map((f) => f.properties.name.en)).toEqual(names);
  });
  it('writes an empty collection as valid JSON', () => {
    expect(JSON.parse(featureCollectionText({ type: 'FeatureCollection', features: [] }))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
