import type { MapEdit } from '../../schemas/mapEdit';
import type { EditorFeature } from './editorProps';

const isGeometryOp = (e: MapEdit) => e.op === 'move' || e.op === 'reshape';
const withoutNulls = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null));

/**
 * The unsaved edits after one more change, folded into an earlier edit of the same feature where it can be, so a
 * save says each feature once per kind of change: a second move replaces the first; details merge; a change to a
 * feature added in this session changes its `add`; deleting it drops the `add` and everything else about it.
 * @example stageEdit([{ op: 'move', layer: 'landmarks', id: 'checkin-05', geometry: a }], { op: 'move', …, geometry: b })
 *   → [{ op: 'move', …, geometry: b }]
 */
export function stageEdit(edits: readonly MapEdit[], edit: MapEdit): MapEdit[] {
  const same = (e: MapEdit) => e.layer === edit.layer && e.id === edit.id;
  const added = edits.find((e) => same(e) && e.op === 'add');
  if (edit.op === 'delete') {
    const rest = edits.filter((e) => !same(e));
    return added ? rest : [...rest, edit];
  }
  if (added && edit.op !== 'add') {
    const folded: MapEdit = {
      ...added,
      geometry: edit.geometry ?? added.geometry,
      properties: edit.op === 'properties' ? withoutNulls({ ...added.properties, ...edit.properties }) : added.properties,
      ...(isGeometryOp(edit) && { provenance: edit.provenance }),
    };
    return edits.map((e) => (e === added ? folded : e));
  }
  if (isGeometryOp(edit)) return [...edits.filter((e) => !(same(e) && isGeometryOp(e))), edit];
  const earlier = edit.op === 'properties' ? edits.find((e) => same(e) && e.op === 'properties') : undefined;
  if (earlier) return edits.map((e) => (e === earlier ? { ...e, properties: { ...e.properties, ...edit.properties } } : e));
  return [...edits, edit];
}

/**
 * The editor's features with one edit applied, as the map should show them until the save: a new geometry (and
 * where it came from, under `provenance`), merged details (a `null` removes a key), a feature added or removed.
 */
export function applyToFeatures(features: readonly EditorFeature[], edit: MapEdit): EditorFeature[] {
  const same = (f: EditorFeature) => f.layer === edit.layer && f.id === edit.id;
  if (edit.op === 'delete') return features.filter((f) => !same(f));
  if (edit.op === 'add') return [...features.filter((f) => !same(f)), { layer: edit.layer, id: edit.id, geometry: edit.geometry!, properties: withProvenance(edit.properties ?? {}, edit) }];
  return features.map((f) => {
    if (!same(f)) return f;
    if (edit.op === 'properties') return { ...f, properties: withoutNulls({ ...f.properties, ...edit.properties }) };
    return { ...f, geometry: edit.geometry ?? f.geometry, properties: withProvenance(f.properties, edit) };
  });
}

function withProvenance(properties: Record<string, unknown>, edit: MapEdit): Record<string, unknown> {
  const { provenance: _old, ...rest } = properties;
  return edit.provenance && edit.provenance.source !== 'schematic' ? { ...rest, provenance: edit.provenance } : rest;
}
