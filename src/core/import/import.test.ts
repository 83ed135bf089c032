import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommunitySource } from '../../community/readCommunitySource';
import type { Position } from '../../schemas/geojson';
import { distanceAndDirection } from '../geo/distanceAndDirection';
import { collectionsOf, proposeMapEdits } from '../mapEdit/proposeMapEdits';
import type { MapCollections } from '../mapEdit/types';
import { fromWgs84, isDatum, toWgs84 } from './datum';
import { importDiff } from './importDiff';
import { importLine } from './importLine';
import { matchImported } from './matchImported';
import { detectFormat, MAX_IMPORT_BYTES, parseMapFile } from './parseMapFile';

const SRC = readCommunitySource(resolve('.'));
const OURS = collectionsOf(SRC).collections as MapCollections;
const parseXml = (text: string) => new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new Error(String(msg)); } }).parseFromString(text, 'text/xml');
const fixture = (name: string) => ({ name, text: readFileSync(resolve('tests/fixtures/import', name), 'utf8') });
const SOURCE = { file: 'x', date: '2026-11-29' };
const linesOf = (name: string, datum: 'wgs84' | 'gcj02' | 'bd09' = 'wgs84') => {
  const parsed = parseMapFile(fixture(name), parseXml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return importDiff(parsed.features, datum, OURS, { file: name, date: '2026-11-29' });
};

describe('datum conversion (gcoord)', () => {
  const estate = fc.tuple(fc.double({ min: 119.99, max: 120.01, noNaN: true }), fc.double({ min: 31.78, max: 31.80, noNaN: true }));
  it('goes to GCJ-02 or BD-09 and back to within 0.5 m anywhere on the estate', () => {
    fc.assert(fc.property(estate, fc.constantFrom('gcj02' as const, 'bd09' as const), ([x, y], datum) => {
      const p: Position = [x, y];
      expect(distanceAndDirection(toWgs84(fromWgs84(p, datum), datum), p).metres).toBeLessThan(0.5);
    }));
  });
  it('shifts Changzhou by the known offsets: GCJ-02 some 500 m, BD-09 more; WGS 84 not at all', () => {
    const p: Position = [119.999842, 31.787881];
    expect(toWgs84(p, 'wgs84')).toEqual(p);
    const gcj = distanceAndDirection(p, fromWgs84(p, 'gcj02')).metres;
    expect(gcj).toBeGreaterThan(400);
    expect(gcj).toBeLessThan(700);
    expect(distanceAndDirection(p, fromWgs84(p, 'bd09')).metres).toBeGreaterThan(gcj);
  });
  it('knows its datums by name', () => {
    expect(['wgs84', 'gcj02', 'bd09'].every(isDatum)).toBe(true);
    expect(isDatum('cgcs2000')).toBe(false);
  });
});

describe('parseMapFile', () => {
  it('tells the format from the name or the text', () => {
    expect(detectFormat('a.KML', '')).toBe('kml');
    expect(detectFormat('export', '<?xml version="1.0"?>\n<gpx version="1.1">')).toBe('gpx');
    expect(detectFormat('export', '  {"type":"FeatureCollection"')).toBe('geojson');
    expect(detectFormat('notes.txt', 'hello')).toBeUndefined();
  });
  it('reads each fixture format into points, lines and polygons', () => {
    const kinds = (name: string) => { const r = parseMapFile(fixture(name), parseXml); return r.ok ? `${r.format}: ${r.features.map((f) => `${f.ref} ${f.geometry.type}`).join(', ')}` : r.error.code; };
    expect(kinds('buildings.kml')).toBe('kml: 采菱公寓22幢 Polygon, Mountains-and-Rivers Scroll Point');
    expect(kinds('walk.gpx')).toBe('gpx: The walk round LineString, 山水长卷 Point, checkin-03 Point');
    expect(kinds('estate.osm')).toMatch(/^osm: way\/-100 Polygon, node\/-10 Point$/);
    expect(kinds('checkins.geojson')).toBe('geojson: checkin-05 Point, checkin-01 Point, 亲子井盖花园 Point, New bench by the pond Point, Somewhere else Point');
  });
  it('refuses malformed, huge, empty and unknown files with a code that says which', () => {
    expect(parseMapFile(fixture('broken.kml'), parseXml)).toMatchObject({ ok: false, error: { code: 'malformed', format: 'kml' } });
    expect(parseMapFile({ name: 'a.geojson', text: '{"type": "FeatureCollection", "features": [' }, parseXml)).toMatchObject({ ok: false, error: { code: 'malformed', format: 'geojson' } });
    expect(parseMapFile({ name: 'a.geojson', text: `{"x":"${'a'.repeat(MAX_IMPORT_BYTES)}"}` }, parseXml)).toMatchObject({ ok: false, error: { code: 'too-large', max: MAX_IMPORT_BYTES } });
    expect(parseMapFile({ name: 'a.geojson', text: '{"type":"FeatureCollection","features":[]}' }, parseXml)).toEqual({ ok: false, error: { code: 'empty', format: 'geojson' } });
    expect(parseMapFile({ name: 'a.gpx', text: '<kml></kml>' }, parseXml)).toMatchObject({ ok: false, error: { code: 'malformed', detail: 'no <gpx> element' } });
    expect(parseMapFile({ name: 'a.csv', text: 'a,b' }, parseXml)).toEqual({ ok: false, error: { code: 'unknown-format', name: 'a.csv' } });
  });
  it('skips features that are null, numbers or strings, and positions off the Earth (1e308, a latitude of 91)', () => {
    expect(parseMapFile({ name: 'a.geojson', text: '{"type":"FeatureCollection","features":[null,1,"x",{"type":"Feature"}]}' }, parseXml)).toEqual({ ok: false, error: { code: 'empty', format: 'geojson' } });
    expect(parseMapFile({ name: 'a.gpx', text: '<gpx><wpt lat="1e308" lon="-1e308"><name>x</name></wpt></gpx>' }, parseXml)).toEqual({ ok: false, error: { code: 'empty', format: 'gpx' } });
    const mixed = parseMapFile({ name: 'a.geojson', text: '{"type":"FeatureCollection","features":[null,{"type":"Feature","geometry":{"type":"Point","coordinates":[120,91]}},{"type":"Feature","geometry":{"type":"Point","coordinates":[120,31.79]},"properties":null}]}' }, parseXml);
    expect(mixed).toMatchObject({ ok: true, skipped: 2, features: [{ ref: '#3', geometry: { type: 'Point', coordinates: [120, 31.79] } }] });
  });
});

describe('matchImported', () => {
  it('matches by id, then building number, then name in any language', () => {
    const parsed = [...['buildings.kml', 'estate.osm', 'walk.gpx'].flatMap((n) => { const r = parseMapFile(fixture(n), parseXml); return r.ok ? r.features : []; })];
    const { matches, unmatched, duplicates } = matchImported(parsed, OURS);
    expect(matches.map((m) => `${m.theirs.ref} → ${m.id} by ${m.by}`)).toEqual([
      '采菱公寓22幢 → b22 by number',
      'Mountains-and-Rivers Scroll → checkin-05 by name',
      'checkin-03 → checkin-03 by id',
    ]);
    expect(duplicates.map((m) => `${m.theirs.ref} → ${m.id}`)).toEqual(['way/-100 → b22', 'node/-10 → checkin-05', '山水长卷 → checkin-05']);
    expect(unmatched.map((f) => f.ref)).toEqual(['The walk round']);
  });
});

describe('importDiff', () => {
  it('lists moved, unchanged, new, missing and outside features of a WGS 84 file, one line each', () => {
    const diff = linesOf('checkins.geojson');
    const lines = diff.entries.map(importLine);
    expect(lines.slice(0, 5)).toEqual([
      '"Somewhere else" is 4.5 km outside the community: not imported',
      'checkin-05 moved 20 m N',
      'checkin-01 unchanged',
      'checkin-03 moved 8 m E',
      '"New bench by the pond" (Point) is not on the map: add it in the map editor',
    ]);
    expect(lines.slice(5)).toEqual(['checkin-02', 'checkin-04', 'checkin-06', 'checkin-07', 'checkin-08', 'checkin-09', 'checkin-10', 'checkin-11', 'checkin-12'].map((id) => `${id} missing from the file`));
    expect(diff.edits.map((e) => `${e.op} ${e.id} ${e.provenance?.source}`)).toEqual(['move checkin-05 import', 'move checkin-03 import']);
    expect(diff.datumHint).toBeUndefined();
  });

  it('converts a GCJ-02 file (copied from Amap) to the true places, and hints at GCJ-02 when it is read as WGS 84', () => {
    expect(linesOf('checkins-gcj02.geojson', 'gcj02').entries.map(importLine)).toEqual(expect.arrayContaining(['checkin-05 moved 20 m N', 'checkin-01 unchanged']));
    const wrong = linesOf('checkins-gcj02.geojson', 'wgs84');
    // Read as WGS 84 the file sits some 500 m south-east: one point outside the estate, the other far off.
    expect(wrong.entries.map(importLine).slice(0, 2)).toEqual(['"checkin-01" is 233 m outside the community: not imported', 'checkin-05 moved 496 m SE']);
    expect(wrong.datumHint).toBe('gcj02');
  });

  it('finds a building traced 3 m east in KML and OSM, and the edits pass every data rule except the entrances left behind', () => {
    for (const name of ['buildings.kml', 'estate.osm']) {
      const diff = linesOf(name);
      expect(diff.entries.map(importLine)).toContain('b22 moved 3 m E');
      const result = proposeMapEdits(SRC, diff.edits);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
  });

  it('hints at no other datum when the file is in place', () => {
    expect(linesOf('walk.gpx').datumHint).toBeUndefined();
    expect(linesOf('checkins-gcj02.geojson', 'gcj02').datumHint).toBeUndefined();
  });

  it('reads a GPX walk: waypoints by name or id, the track as new', () => {
    const lines = linesOf('walk.gpx').entries.map(importLine);
    expect(lines).toEqual(expect.arrayContaining(['checkin-05 moved 20 m N', 'checkin-03 moved 8 m E', '"The walk round" (LineString) is not on the map: add it in the map editor']));
  });

  it('does nothing with an empty list', () => {
    expect(importDiff([], 'wgs84', OURS, SOURCE)).toEqual({ entries: [], edits: [] });
  });
});
