import { describe, expect, it } from 'vitest';
import type { MapEdit } from '../../schemas/mapEdit';
import type { EditorFeature } from './editorProps';
import { applyToFeatures, stageEdit } from './stageEdit';

const point = (lng: number): MapEdit['geometry'] => ({ type: 'Point', coordinates: [lng, 31.79] });
const gps = { source: 'gps', accuracyM: 4, fixes: 12, date: '2026-11-29' } as const;
const move = (lng: number): MapEdit => ({ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: point(lng), provenance: gps });

describe('stageEdit', () => {
  it('keeps only the last move of a feature', () => {
    expect(stageEdit([move(120)], move(120.001))).toEqual([move(120.001)]);
  });
  it('merges details changed twice, and keeps a move beside them', () => {
    const first: MapEdit = { op: 'properties', layer: 'buildings', id: 'b22', properties: { storeys: 7 } };
    const second: MapEdit = { op: 'properties', layer: 'buildings', id: 'b22', properties: { lift: true } };
    const staged = stageEdit(stageEdit([first], move(120)), second);
    expect(staged).toEqual([{ ...first, properties: { storeys: 7, lift: true } }, move(120)]);
  });
  it('folds changes to a feature added in this session into its add, and forgets it when deleted', () => {
    const add: MapEdit = { op: 'add', layer: 'landmarks', id: 'bench-9', geometry: point(120), properties: { kind: 'bench', name: { en: 'Bench' } } };
    const moved = stageEdit([add], { ...move(120.002), id: 'bench-9' });
    expect(moved).toEqual([{ ...add, geometry: point(120.002), provenance: gps }]);
    expect(stageEdit(moved, { op: 'delete', layer: 'landmarks', id: 'bench-9' })).toEqual([]);
  });
  it('replaces everything staged for a feature by its delete', () => {
    expect(stageEdit([move(120)], { op: 'delete', layer: 'landmarks', id: 'checkin-05' })).toEqual([{ op: 'delete', layer: 'landmarks', id: 'checkin-05' }]);
  });
});

describe('applyToFeatures', () => {
  const f: EditorFeature = { layer: 'landmarks', id: 'checkin-05', geometry: point(119)!, properties: { kind: 'checkin', order: 5, stepFree: true } };
  it('moves the feature and records where the new position came from', () => {
    expect(applyToFeatures([f], move(120))).toEqual([{ ...f, geometry: point(120), properties: { ...f.properties, provenance: gps } }]);
  });
  it('merges details, a null removing a key', () => {
    expect(applyToFeatures([f], { op: 'properties', layer: 'landmarks', id: 'checkin-05', properties: { stepFree: null, order: 6 } })[0]!.properties)
      .toEqual({ kind: 'checkin', order: 6 });
  });
  it('removes a deleted feature', () => {
    expect(applyToFeatures([f], { op: 'delete', layer: 'landmarks', id: 'checkin-05' })).toEqual([]);
  });
});
