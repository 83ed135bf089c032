import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../../community/readCommunitySource';
import type { Geometry, Position } from '../../schemas/geojson';
import type { Landmark } from '../../schemas/landmark';
import type { MapEdit } from '../../schemas/mapEdit';
import { trailStops, walkingMinutes } from '../trail/trailStops';
import { distanceAndDirection } from '../geo/distanceAndDirection';
import { featureCollectionText } from '../geo/featureCollectionText';
import { applyEdits } from './applyEdits';
import { changedFeatureIds } from './changedFeatureIds';
import { geometryShift } from './geometryShift';
import { coverage } from './coverage';
import { collectionsOf, proposeMapEdits } from './proposeMapEdits';
import { ruleOf } from './ruleOf';
import { summaryLine } from './summaryLine';
import type { LooseFeature, MapCollections } from './types';

const SRC = readCommunitySource(resolve('.'));
const cailing = () => collectionsOf(SRC).collections as MapCollections;
const feature = (c: MapCollections, layer: keyof MapCollections, id: string) => c[layer].features.find((f) => f.id === id) as LooseFeature;
/** `p` moved about `metres` towards `bearing` degrees (flat-earth: fine over a housing estate). */
const toward = (p: Position, metres: number, bearing: number): Position => {
  const rad = (bearing * Math.PI) / 180;
  return [p[0] + (metres * Math.sin(rad)) / (111_320 * Math.cos((p[1] * Math.PI) / 180)), p[1] + (metres * Math.cos(rad)) / 110_574];
};
const pointOf = (f: LooseFeature) => (f.geometry as Extract<Geometry, { type: 'Point' }>).coordinates;

describe('the data files keep one feature per line', () => {
  it('reads back as the writer writes it, so an edit of one feature is a one-line diff', () => {
    for (const layer of ['buildings', 'stairwells', 'landmarks', 'base'] as const) {
      expect(featureCollectionText(JSON.parse(SRC[layer].text))).toBe(SRC[layer].text);
    }
  });
});

describe('proposeMapEdits: edits applied and judged by every check:data rule', () => {
  it('moves check-in point 5 by 20 m north, the walkway corner with it, and says so', () => {
    const from = pointOf(feature(cailing(), 'landmarks', 'checkin-05'));
    const to = toward(from, 20, 0);
    const result = proposeMapEdits(SRC, [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: to }, provenance: { source: 'gps', accuracyM: 4, fixes: 20, date: '2026-11-29' } }]);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.summary[0]).toBe('checkin-05 moved 20 m N');
    expect(result.summary[1]).toMatch(/^walkway reshaped, centre \d+(\.\d)? m N with checkin-05$/);
    expect(result.files.map((f) => f.path)).toEqual(['data/landmarks.geojson']);
    const text = result.files[0]!.text;
    const moved = JSON.parse(text).features.find((f: LooseFeature) => f.id === 'checkin-05');
    expect(moved.properties.provenance).toEqual({ source: 'gps', accuracyM: 4, fixes: 20, date: '2026-11-29' });
    expect(moved.geometry.coordinates.every((n: number) => Number.isInteger(Math.round(n * 1e6)) && String(n).split('.')[1]!.length <= 6)).toBe(true);
    // Only the two changed features' lines differ.
    const before = SRC.landmarks.text.split('\n');
    const after = text.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i]).map((l) => JSON.parse(l.replace(/,$/, '')).id)).toEqual(['checkin-05', 'walkway']);
  });

  it('refuses a check-in point moved out of the estate, naming the rule and the feature', () => {
    const from = pointOf(feature(cailing(), 'landmarks', 'checkin-05'));
    const result = proposeMapEdits(SRC, [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: toward(from, 2000, 135) } }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: 'inside-boundary', featureId: 'checkin-05', message: 'lies outside the community boundary' }));
  });

  it('refuses a property its layer does not have (a typo or junk would be written to the public data unchecked), and allows removing one', () => {
    const junk = proposeMapEdits(SRC, [{ op: 'properties', layer: 'landmarks', id: 'checkin-05', properties: { junk: 'x'.repeat(1000), kind: 'checkin' } }]);
    expect(junk).toEqual({ ok: false, problems: [{ rule: 'edit', featureId: 'checkin-05', message: 'landmarks have no property "junk"' }] });
    const added = proposeMapEdits(SRC, [{ op: 'add', layer: 'buildings', id: 'b99', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { number: 99, colour: 'red' } }]);
    expect(added.ok || added.problems).toEqual([{ rule: 'edit', featureId: 'b99', message: 'buildings have no property "colour"' }]);
    expect(proposeMapEdits(SRC, [{ op: 'properties', layer: 'landmarks', id: 'checkin-05', properties: { legacy: null } }]).ok).toBe(true);
    // A community whose data already has a key of its own can still save the details form, which sends it back as it is.
    const landmarks = JSON.parse(SRC.landmarks.text) as { features: LooseFeature[] };
    const checkin = landmarks.features.find((f) => f.id === 'checkin-05')!;
    checkin.properties = { ...checkin.properties, legacy: 'kept' };
    const withLegacy = { ...SRC, landmarks: { ...SRC.landmarks, text: featureCollectionText(landmarks as never) } };
    expect(proposeMapEdits(withLegacy, [{ op: 'properties', layer: 'landmarks', id: 'checkin-05', properties: { legacy: 'kept', stepFree: true } }]).ok).toBe(true);
    expect(proposeMapEdits(withLegacy, [{ op: 'properties', layer: 'landmarks', id: 'checkin-05', properties: { legacy: 'changed' } }]).ok).toBe(false);
  });

  it('refuses deleting a check-in point: the totals and the trail no longer add up, said once, of the point deleted', () => {
    const result = proposeMapEdits(SRC, [{ op: 'delete', layer: 'landmarks', id: 'checkin-12' }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.rule)).toEqual(['trail', 'stories', 'stories']);
    expect(result.problems[0]).toMatchObject({ featureId: 'checkin-12', message: expect.stringMatching(/^check-in point checkin-12 is a stop of the trail; deleting it breaks the trail \(/) });
    const middle = proposeMapEdits(SRC, [{ op: 'delete', layer: 'landmarks', id: 'checkin-05' }]);
    expect(middle.ok ? [] : middle.problems.filter((p) => p.rule === 'trail').map((p) => p.featureId)).toEqual(['checkin-05']);
  });

  it('refuses a building outline that crosses itself or is left open', () => {
    const b = feature(cailing(), 'buildings', 'b22').geometry as Extract<Geometry, { type: 'Polygon' }>;
    const ring = b.coordinates[0]!;
    const bow: Position[] = [ring[0]!, ring[2]!, ring[1]!, ring[3]!, ring[0]!];
    const crossed = proposeMapEdits(SRC, [{ op: 'reshape', layer: 'buildings', id: 'b22', geometry: { type: 'Polygon', coordinates: [bow] } }]);
    expect(crossed.ok ? [] : crossed.problems.map((p) => `${p.rule} ${p.featureId}`)).toContain('self-intersection b22');
    const open = proposeMapEdits(SRC, [{ op: 'reshape', layer: 'buildings', id: 'b22', geometry: { type: 'Polygon', coordinates: [[...ring.slice(0, -1), ring[1]!]] } }]);
    expect(open.ok ? [] : open.problems.map((p) => `${p.rule} ${p.featureId}`)).toContain('ring-closure b22');
  });

  it('moves a whole building with its stairwell entrances, so they stay on its outline', () => {
    const b = feature(cailing(), 'buildings', 'b22').geometry as Extract<Geometry, { type: 'Polygon' }>;
    const dlat = 3 / 111_320;
    const shifted: Geometry = { type: 'Polygon', coordinates: b.coordinates.map((r) => r.map(([x, y]) => [x, y + dlat] as Position)) };
    const result = proposeMapEdits(SRC, [{ op: 'move', layer: 'buildings', id: 'b22', geometry: shifted, provenance: { source: 'traced', imagery: 'Tianditu 2026', date: '2026-11-29' } }]);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.summary[0]).toBe('b22 moved 3 m N');
    expect(result.summary.slice(1).every((l) => /^22-\d+ moved 3 m N with b22$/.test(l))).toBe(true);
    expect(result.files.map((f) => f.path)).toEqual(['data/buildings.geojson', 'data/stairwells.geojson']);
  });

  it('rewinds a clockwise outline from an editor instead of refusing it', () => {
    const b = feature(cailing(), 'buildings', 'b22').geometry as Extract<Geometry, { type: 'Polygon' }>;
    const result = proposeMapEdits(SRC, [{ op: 'reshape', layer: 'buildings', id: 'b22', geometry: { type: 'Polygon', coordinates: [[...b.coordinates[0]!].reverse()] } }]);
    expect(result.ok).toBe(true);
  });
});

describe('applyEdits', () => {
  const move = (id: string, coordinates: Position): MapEdit => ({ op: 'move', layer: 'landmarks', id, geometry: { type: 'Point', coordinates } });

  it('names edits that make no sense: unknown feature, id taken, another geometry type', () => {
    const result = applyEdits(cailing(), [
      move('checkin-99', [120, 31.79]),
      { op: 'add', layer: 'landmarks', id: 'b22', geometry: { type: 'Point', coordinates: [120, 31.79] }, properties: { kind: 'bench' } },
      { op: 'reshape', layer: 'landmarks', id: 'walkway', geometry: { type: 'Point', coordinates: [120, 31.79] } },
    ]);
    expect(result).toEqual({ ok: false, problems: [
      { rule: 'edit', featureId: 'checkin-99', message: 'no feature checkin-99 in landmarks' },
      { rule: 'edit', featureId: 'b22', message: 'id b22 is already used in buildings' },
      { rule: 'edit', featureId: 'walkway', message: 'walkway is a LineString; a reshape must keep it one (got a Point)' },
    ] });
  });

  it('leaves its input alone, merges properties (null removes one) and resets provenance when geometry changes without one', () => {
    const input = cailing();
    const before = JSON.stringify(input);
    const first = applyEdits(input, [{ op: 'properties', layer: 'landmarks', id: 'checkin-03', properties: { stepFree: true }, provenance: { source: 'gps', accuracyM: 3, fixes: 12, date: '2026-11-29' } }]);
    expect(JSON.stringify(input)).toBe(before);
    if (!first.ok) throw new Error('refused');
    const p = feature(first.collections, 'landmarks', 'checkin-03').properties;
    expect(p).toMatchObject({ kind: 'checkin', order: 3, stepFree: true, provenance: { source: 'gps' } });
    const second = applyEdits(first.collections, [{ op: 'properties', layer: 'landmarks', id: 'checkin-03', properties: { stepFree: null } }, move('checkin-03', [119.9984, 31.7887])]);
    if (!second.ok) throw new Error('refused');
    const q = feature(second.collections, 'landmarks', 'checkin-03').properties;
    expect('stepFree' in q).toBe(false);
    expect('provenance' in q).toBe(false);
    expect(second.changes.map(summaryLine)).toEqual(['checkin-03 properties changed: stepFree', expect.stringMatching(/^checkin-03 moved \d/), expect.stringMatching(/^walkway reshaped/)]);
  });

  it('adds and deletes', () => {
    const result = applyEdits(cailing(), [
      { op: 'add', layer: 'landmarks', id: 'bench-new', geometry: { type: 'Point', coordinates: [119.9991234567, 31.7891] }, properties: { kind: 'bench', name: { x: 'y' } } },
      { op: 'delete', layer: 'base', id: feature(cailing(), 'base', cailing().base.features.at(-1)!.id).id },
    ]);
    if (!result.ok) throw new Error('refused');
    expect(pointOf(feature(result.collections, 'landmarks', 'bench-new'))).toEqual([119.999123, 31.7891]);
    expect(result.changedLayers).toEqual(['landmarks', 'base']);
    expect(result.changes.map((c) => c.kind)).toEqual(['added', 'deleted']);
  });
});

describe('geometryShift and summaryLine', () => {
  const square = (x: number, y: number, s = 0.0001): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });
  it('tells the same place, a move and a reshape apart', () => {
    expect(geometryShift({ type: 'Point', coordinates: [120, 31.79] }, { type: 'Point', coordinates: [120.000001, 31.79] }).kind).toBe('same');
    expect(geometryShift(square(120, 31.79), square(120.001, 31.79))).toMatchObject({ kind: 'moved', direction: 'e' });
    expect(geometryShift(square(120, 31.79), square(120, 31.79, 0.0002))).toMatchObject({ kind: 'reshaped', direction: 'ne' });
  });
  it('words each change, with metres rounded and the compass point in capitals', () => {
    expect(summaryLine({ kind: 'moved', layer: 'landmarks', id: 'checkin-05', metres: 212.4, direction: 'se' })).toBe('checkin-05 moved 212 m SE');
    expect(summaryLine({ kind: 'moved', layer: 'landmarks', id: 'checkin-05', metres: 2.44, direction: 'n' })).toBe('checkin-05 moved 2.4 m N');
    expect(summaryLine({ kind: 'reshaped', layer: 'buildings', id: 'b22', metres: 0.1, direction: 'n' })).toBe('b22 reshaped');
    expect(summaryLine({ kind: 'added', layer: 'landmarks', id: 'x' })).toBe('x added');
  });
});

describe('changedFeatureIds', () => {
  it('finds features added, removed or changed between two versions', () => {
    const a = cailing().landmarks;
    const b = { ...a, features: a.features.filter((f) => f.id !== 'checkin-01').map((f) => (f.id === 'checkin-02' ? { ...f, properties: { ...f.properties, stepFree: true } } : f)) };
    expect(changedFeatureIds(a, b).sort()).toEqual(['checkin-01', 'checkin-02']);
    expect(changedFeatureIds(a, a)).toEqual([]);
  });
});

describe('coverage', () => {
  const gps = { source: 'gps' as const, accuracyM: 3, fixes: 20, date: '2026-11-29' };
  const f = (kind?: string, provenance?: object) => ({ properties: { ...(kind && { kind }), ...(provenance && { provenance }) } }) as never;
  it('counts Cailing as shipped: nothing surveyed, every story a sample', () => {
    const c = cailing();
    const stories = SRC.stories.map((s) => s.frontmatter as { landmark: string; source?: 'sample' | 'community' });
    const result = coverage({ buildings: c.buildings.features, stairwells: c.stairwells.features, landmarks: c.landmarks.features, base: c.base.features }, stories);
    expect(result).toMatchObject({ buildings: { done: 0, total: 62 }, stairwells: { done: 0, total: 165 }, checkins: { done: 0, total: 12 }, stories: { done: 0, total: 28 }, surveyed: false });
  });
  it('counts surveyed features and community stories, and is surveyed only when every feature is', () => {
    const data = { buildings: [f(undefined, gps), f()], stairwells: [], landmarks: [f('checkin', gps), f('bench', { source: 'schematic' })], base: [] };
    const stories = [{ landmark: 'a', source: 'sample' as const }, { landmark: 'a' }, { landmark: 'b' }, { landmark: 'b', source: 'community' as const }];
    expect(coverage(data, stories)).toEqual({ buildings: { done: 1, total: 2 }, stairwells: { done: 0, total: 0 }, checkins: { done: 1, total: 1 }, landmarks: { done: 0, total: 1 }, base: { done: 0, total: 0 }, stories: { done: 1, total: 2 }, surveyed: false });
    expect(coverage({ buildings: [f(undefined, gps)], stairwells: [], landmarks: [f('bench', gps)], base: [] }, []).surveyed).toBe(true);
    expect(coverage({ buildings: [], stairwells: [], landmarks: [], base: [] }, []).surveyed).toBe(false);
  });
});

describe('the trail follows the geometry: distances, walking times and the check-in radius rule', () => {
  const landmarksAfter = (result: ReturnType<typeof proposeMapEdits>) => {
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return JSON.parse(result.files.find((f) => f.path === 'data/landmarks.geojson')!.text).features as Landmark[];
  };
  it('measures the legs along the moved walkway: check-in point 5 moved 20 m north lengthens its two legs only', () => {
    const before = trailStops(JSON.parse(SRC.landmarks.text).features as Landmark[]);
    const from = pointOf(feature(cailing(), 'landmarks', 'checkin-05'));
    const to = toward(from, 20, 0);
    const after = trailStops(landmarksAfter(proposeMapEdits(SRC, [{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: { type: 'Point', coordinates: to } }])));
    const grew = after.stops.map((s, i) => s.legM - before.stops[i]!.legM);
    // The walkway reaches point 5 from a corner 37 m east and leaves for point 6 due east: both legs become diagonals.
    const walkway = (JSON.parse(SRC.landmarks.text).features as Landmark[]).find((l) => l.id === 'walkway')!.geometry.coordinates as Position[];
    const i = walkway.findIndex((p) => p[0] === from[0] && p[1] === from[1]);
    const d = (a: Position, b: Position) => distanceAndDirection(a, b).metres;
    expect(grew[4]).toBeCloseTo(d(walkway[i - 1]!, to) - d(walkway[i - 1]!, from), 0);
    expect(grew[5]).toBeCloseTo(d(to, walkway[i + 1]!) - d(from, walkway[i + 1]!), 0);
    expect(grew[4]).toBeGreaterThan(4);
    expect(grew.filter((_, k) => k !== 4 && k !== 5).every((g) => Math.abs(g) < 0.01)).toBe(true);
    expect(after.totalM - before.totalM).toBeCloseTo(grew[4]! + grew[5]!, 3);
    expect(walkingMinutes(after.totalM, 0.5)).toBeGreaterThanOrEqual(walkingMinutes(before.totalM, 0.5));
  });
  it('refuses check-in points moved so close that the check-in radius overlaps, naming the rule', () => {
    const five = pointOf(feature(cailing(), 'landmarks', 'checkin-05'));
    const four = pointOf(feature(cailing(), 'landmarks', 'checkin-04'));
    // Point 4 moved along the walkway to 40 m from point 5: under twice the 35 m radius.
    const result = proposeMapEdits(SRC, [{ op: 'move', layer: 'landmarks', id: 'checkin-04', geometry: { type: 'Point', coordinates: toward(five, 40, 90) } }]);
    expect(four).not.toEqual(five);
    expect(result.ok ? [] : result.problems.map((p) => p.rule)).toContain('checkin-radius');
    // A rule of the whole map: the problem names the two points too close, for the moderator and the map.
    expect(result.ok ? undefined : result.problems.find((p) => p.rule === 'checkin-radius')).toMatchObject({ featureId: '-', features: ['checkin-04', 'checkin-05'] });
  });
});

describe('ruleOf names the rule of each check:data message', () => {
  it.each([
    ['data/buildings.geojson', 'ring not closed', 'ring-closure'],
    ['data/buildings.geojson', 'outer ring must be counter-clockwise (RFC 7946 right-hand rule)', 'winding'],
    ['data/buildings.geojson', 'outline crosses itself at 120, 31.79', 'self-intersection'],
    ['data/landmarks.geojson', 'lies outside the community boundary', 'inside-boundary'],
    ['data/buildings.geojson', 'overlaps building b23', 'overlap'],
    ['data/stairwells.geojson', 'entrance is 3.2 m from the outline of b22 (must be on it)', 'entrance-on-outline'],
    ['data/buildings.geojson', '61 buildings, but data/community.json says 62', 'totals'],
    ['data/landmarks.geojson', 'stairwell 22-9 not found in data/stairwells.geojson', 'references'],
    ['data/community.json', 'trail.checkinRadiusM 35 m is not under half the 40 m between checkin-04 and checkin-05 (data/landmarks.geojson)', 'checkin-radius'],
    ['data/landmarks.geojson', 'is 12.0 m off the walkway (must be within 2 m)', 'trail'],
    ['data/landmarks.geojson', 'duplicate id (also in data/buildings.geojson)', 'duplicate-id'],
    ['data/landmarks.geojson', 'name: missing en', 'languages'],
    ['content/stories/en/x.md', 'landmark "x" not found in data/landmarks.geojson', 'stories'],
    ['data/landmarks.geojson', 'no story in en (add content/stories/en/x.md)', 'stories'],
    ['data/landmarks.geojson', 'properties.kind: Invalid enum value', 'schema'],
  ])('%s: %s → %s', (file, message, rule) => {
    expect(ruleOf({ file, id: 'x', message })).toBe(rule);
  });
});
