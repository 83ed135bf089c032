import type { Geometry, Position } from '../../schemas/geojson';
import type { MapEdit, MapLayer, Provenance } from '../../schemas/mapEdit';
import { MAP_LAYERS } from '../../schemas/mapEnums';
import { geometryShift } from './geometryShift';
import { normalizeGeometry } from './normalizeGeometry';
import type { LooseCollection, LooseFeature, MapChange, MapCollections } from './types';

/** Why an edit could not even be applied (before the data checks): the feature and what is wrong. */
export type EditProblem = { rule: 'edit'; featureId: string; message: string };

export type AppliedEdits =
  | { ok: true; collections: MapCollections; changes: MapChange[]; changedLayers: MapLayer[] }
  | { ok: false; problems: EditProblem[] };

const samePlace = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

function withProvenance(properties: Record<string, unknown>, provenance: Provenance | undefined): Record<string, unknown> {
  const { provenance: _old, ...rest } = properties;
  return provenance && provenance.source !== 'schematic' ? { ...rest, provenance } : rest;
}

/**
 * Applies map edits to the layers' collections, in order, without touching the inputs. New geometry is
 * rounded and wound as `data/` keeps it; a moved or reshaped feature takes the edit's provenance (none: it
 * counts as schematic again). Two things follow a move unless the same edits change them too, so one survey
 * keeps the map's rules: the walkway's corners at a moved check-in point's old place, and a building's
 * stairwell entrances when the whole outline is moved. Returns the new collections and what changed, or why an
 * edit makes no sense (unknown feature, id taken, geometry of another type). The data rules are checked after.
 */
export function applyEdits(input: MapCollections, edits: readonly MapEdit[]): AppliedEdits {
  const collections = Object.fromEntries(MAP_LAYERS.map((l) => [l, { ...input[l], features: [...input[l].features] }])) as MapCollections;
  const problems: EditProblem[] = [];
  const changes: MapChange[] = [];
  const edited = new Set(edits.map((e) => e.id));
  const layerOf = (id: string) => MAP_LAYERS.find((l) => collections[l].features.some((f) => f.id === id));

  for (const edit of edits) {
    const fc: LooseCollection = collections[edit.layer];
    const index = fc.features.findIndex((f) => f.id === edit.id);
    const say = (message: string) => problems.push({ rule: 'edit', featureId: edit.id, message });
    if (edit.op === 'add') {
      const taken = layerOf(edit.id);
      if (taken) { say(`id ${edit.id} is already used in ${taken}`); continue; }
      const properties = withProvenance(withoutNulls(edit.properties ?? {}), edit.provenance);
      fc.features.push({ type: 'Feature', id: edit.id, geometry: normalizeGeometry(edit.geometry!), properties });
      changes.push({ kind: 'added', layer: edit.layer, id: edit.id });
      continue;
    }
    const old = fc.features[index];
    if (!old) { say(`no feature ${edit.id} in ${edit.layer}`); continue; }
    if (edit.op === 'delete') {
      fc.features.splice(index, 1);
      changes.push({ kind: 'deleted', layer: edit.layer, id: edit.id });
      continue;
    }
    if (edit.op === 'properties') {
      const merged = { ...old.properties, ...edit.properties };
      const properties = edit.provenance ? withProvenance(withoutNulls(merged), edit.provenance) : withoutNulls(merged);
      fc.features[index] = { ...old, properties };
      const keys = [...new Set([...Object.keys(edit.properties ?? {}), ...(edit.provenance ? ['provenance'] : [])])];
      changes.push({ kind: 'properties', layer: edit.layer, id: edit.id, keys });
      continue;
    }
    // move or reshape
    const geometry = normalizeGeometry(edit.geometry!);
    if (geometry.type !== old.geometry.type) { say(`${edit.id} is a ${old.geometry.type}; a ${edit.op} must keep it one (got a ${geometry.type})`); continue; }
    const shift = geometryShift(old.geometry, geometry);
    fc.features[index] = { ...old, geometry, properties: withProvenance(old.properties, edit.provenance) };
    changes.push({ kind: shift.kind === 'same' ? 'moved' : shift.kind, layer: edit.layer, id: edit.id, metres: shift.metres, direction: shift.direction });
    if (edit.layer === 'landmarks' && old.properties.kind === 'checkin' && old.geometry.type === 'Point' && geometry.type === 'Point') {
      changes.push(...followOnWalkway(collections.landmarks, old.geometry.coordinates, geometry.coordinates, edit.id, edited));
    }
    if (edit.layer === 'buildings' && shift.kind === 'moved' && old.geometry.type === 'Polygon' && geometry.type === 'Polygon') {
      const dx = geometry.coordinates[0]![0]![0] - old.geometry.coordinates[0]![0]![0];
      const dy = geometry.coordinates[0]![0]![1] - old.geometry.coordinates[0]![0]![1];
      changes.push(...followBuilding(collections.stairwells, old.properties.number, dx, dy, edit.id, edited));
    }
  }
  if (problems.length) return { ok: false, problems };
  const changedLayers = MAP_LAYERS.filter((l) => changes.some((c) => c.layer === l));
  return { ok: true, collections, changes, changedLayers };
}

function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined));
}

/** Moves the walkway corners that stood on a check-in point's old place to its new one. */
function followOnWalkway(landmarks: LooseCollection, from: Position, to: Position, leader: string, edited: Set<string>): MapChange[] {
  const out: MapChange[] = [];
  landmarks.features.forEach((f, i) => {
    if (f.properties.kind !== 'walkway' || f.geometry.type !== 'LineString' || edited.has(f.id)) return;
    if (!f.geometry.coordinates.some((p) => samePlace(p, from))) return;
    const geometry: Geometry = { type: 'LineString', coordinates: f.geometry.coordinates.map((p) => (samePlace(p, from) ? to : p)) };
    const shift = geometryShift(f.geometry, geometry);
    landmarks.features[i] = { ...f, geometry };
    out.push({ kind: 'reshaped', layer: 'landmarks', id: f.id, metres: shift.metres, direction: shift.direction, follows: leader });
  });
  return out;
}

/** Moves a building's stairwell entrances with the building when its whole outline was moved. */
function followBuilding(stairwells: LooseCollection, number: unknown, dx: number, dy: number, leader: string, edited: Set<string>): MapChange[] {
  const out: MapChange[] = [];
  stairwells.features.forEach((f: LooseFeature, i) => {
    if (f.properties.building !== number || f.geometry.type !== 'Point' || edited.has(f.id)) return;
    const [x, y] = f.geometry.coordinates;
    const geometry = normalizeGeometry({ type: 'Point', coordinates: [x + dx, y + dy] });
    const shift = geometryShift(f.geometry, geometry);
    stairwells.features[i] = { ...f, geometry, properties: withProvenance(f.properties, undefined) };
    out.push({ kind: 'moved', layer: 'stairwells', id: f.id, metres: shift.metres, direction: shift.direction, follows: leader });
  });
  return out;
}
