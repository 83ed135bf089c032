import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Geometry, Position } from '../../schemas/geojson';
import type { Datum, MapEdit, MapLayer } from '../../schemas/mapEdit';
import { DATUMS } from '../../schemas/mapEnums';
import type { CompassPoint } from '../geo/compassPoint';
import { nearestOnLine } from '../geo/nearestOnLine';
import { positionsOf } from '../geo/positionsOf';
import { geometryShift } from '../mapEdit/geometryShift';
import { normalizeGeometry } from '../mapEdit/normalizeGeometry';
import type { MapCollections } from '../mapEdit/types';
import { mapPositions, toWgs84 } from './datum';
import { matchImported } from './matchImported';
import type { ImportedFeature } from './parseMapFile';

/** What importing a file would do to one feature, for the preview and the command's lines. */
export type ImportEntry =
  | { kind: 'moved' | 'reshaped'; layer: MapLayer; id: string; ref: string; by: 'id' | 'number' | 'name'; metres: number; direction: CompassPoint; geometry: Geometry }
  | { kind: 'unchanged'; layer: MapLayer; id: string; ref: string }
  | { kind: 'added'; ref: string; geometry: Geometry; properties: Record<string, unknown> }
  | { kind: 'missing'; layer: MapLayer; id: string }
  | { kind: 'outside'; ref: string; id?: string; metres: number }
  | { kind: 'duplicate'; ref: string; id: string }
  | { kind: 'type-mismatch'; ref: string; id: string; theirs: Geometry['type']; ours: Geometry['type'] };

export type ImportDiff = {
  entries: ImportEntry[];
  /** The map edits applying the file makes: the moved and reshaped features, with `import` provenance. Added features are only previewed: they need names and kinds first (the map editor). */
  edits: MapEdit[];
  /** When the file sits far off in its stated datum (mostly outside, or matched features hundreds of metres away) but in place in another: that datum. */
  datumHint?: Datum;
};

function boundaryOf(ours: MapCollections): Extract<Geometry, { type: 'Polygon' }> | undefined {
  const b = ours.base.features.find((f) => f.properties.kind === 'boundary');
  return b?.geometry.type === 'Polygon' ? b.geometry : undefined;
}

/** Metres a geometry's farthest position lies outside the boundary (0 when inside). */
function outsideBy(g: Geometry, boundary: Extract<Geometry, { type: 'Polygon' }>): number {
  let worst = 0;
  for (const p of positionsOf(g)) {
    if (booleanPointInPolygon(p, boundary)) continue;
    worst = Math.max(worst, nearestOnLine(boundary.coordinates[0]!, p).distanceM);
  }
  return worst;
}

/** How well a file sits on our map read in datum `d`: features outside the community, and the median distance matched ones move. */
function fitOf(features: readonly ImportedFeature[], d: Datum, ours: MapCollections, boundary: Extract<Geometry, { type: 'Polygon' }>) {
  const wgs = features.map((f) => ({ ...f, geometry: mapPositions(f.geometry, (p) => toWgs84(p, d)) }));
  const inside = wgs.filter((f) => outsideBy(f.geometry, boundary) === 0);
  const shifts = matchImported(inside, ours).matches.map((m) => {
    const mine = ours[m.layer].features.find((f) => f.id === m.id)!;
    return mine.geometry.type === m.theirs.geometry.type ? geometryShift(mine.geometry, m.theirs.geometry).metres : Number.POSITIVE_INFINITY;
  }).sort((a, b) => a - b);
  const median = shifts.length ? shifts[Math.floor(shifts.length / 2)]! : Number.POSITIVE_INFINITY;
  return { outside: features.length - inside.length, median };
}

/** Far off in the stated datum, in place in another (GCJ-02 and BD-09 put Changzhou 500 m–1 km off): that datum. */
const FAR_OFF_M = 150;
const IN_PLACE_M = 50;
function betterDatum(features: readonly ImportedFeature[], datum: Datum, ours: MapCollections, boundary: Extract<Geometry, { type: 'Polygon' }>): Datum | undefined {
  const stated = fitOf(features, datum, ours, boundary);
  const mostlyOutside = stated.outside > features.length / 2;
  if (!mostlyOutside && !(stated.median > FAR_OFF_M)) return undefined;
  return DATUMS.filter((d) => d !== datum).find((d) => {
    const fit = fitOf(features, d, ours, boundary);
    return fit.outside < stated.outside || (fit.median < IN_PLACE_M && fit.outside <= stated.outside);
  });
}

/**
 * What a file's features would change on our map, in `datum` (converted to WGS 84 first): each matched
 * feature moved (with distance and direction), reshaped or unchanged; features new to the map; ours of the
 * same kinds the file leaves out (missing); and features lying outside the community, which are never
 * imported; and `datumHint` when the file sits far off (outside, or matched features some hundreds of metres
 * away) in its stated datum but in place in another. Pure.
 */
export function importDiff(features: readonly ImportedFeature[], datum: Datum, ours: MapCollections, source: { file: string; date: string }): ImportDiff {
  const boundary = boundaryOf(ours);
  const convert = (d: Datum) => (p: Position) => toWgs84(p, d);
  const wgs = features.map((f) => ({ ...f, geometry: normalizeGeometry(mapPositions(f.geometry, convert(datum))) }));
  const entries: ImportEntry[] = [];
  const inside = wgs.filter((f) => {
    const metres = boundary ? outsideBy(f.geometry, boundary) : 0;
    if (metres > 0) entries.push({ kind: 'outside', ref: f.ref, ...(f.id && { id: f.id }), metres });
    return metres === 0;
  });
  const { matches, unmatched, duplicates } = matchImported(inside, ours);
  const edits: MapEdit[] = [];
  const groups = new Set<string>();
  const groupOf = (layer: MapLayer, props: Record<string, unknown>) => `${layer}/${layer === 'landmarks' || layer === 'base' ? String(props.kind) : ''}`;
  for (const m of matches) {
    const mine = ours[m.layer].features.find((f) => f.id === m.id)!;
    groups.add(groupOf(m.layer, mine.properties));
    if (mine.geometry.type !== m.theirs.geometry.type) {
      entries.push({ kind: 'type-mismatch', ref: m.theirs.ref, id: m.id, theirs: m.theirs.geometry.type, ours: mine.geometry.type });
      continue;
    }
    const shift = geometryShift(mine.geometry, m.theirs.geometry);
    if (shift.kind === 'same') { entries.push({ kind: 'unchanged', layer: m.layer, id: m.id, ref: m.theirs.ref }); continue; }
    entries.push({ kind: shift.kind, layer: m.layer, id: m.id, ref: m.theirs.ref, by: m.by, metres: shift.metres, direction: shift.direction, geometry: m.theirs.geometry });
    edits.push({ op: shift.kind === 'moved' ? 'move' : 'reshape', layer: m.layer, id: m.id, geometry: m.theirs.geometry, provenance: { source: 'import', file: source.file, datum, date: source.date } });
  }
  for (const d of duplicates) entries.push({ kind: 'duplicate', ref: d.theirs.ref, id: d.id });
  for (const f of unmatched) entries.push({ kind: 'added', ref: f.ref, geometry: f.geometry, properties: f.properties });
  // Ours the file has but out of place are reported as outside, not as missing.
  const matched = new Set([...matches.map((m) => m.id), ...entries.flatMap((e) => (e.kind === 'outside' ? [e.id ?? e.ref] : []))]);
  for (const layer of ['landmarks', 'buildings', 'stairwells', 'base'] as const) {
    for (const f of ours[layer].features) {
      if (!matched.has(f.id) && groups.has(groupOf(layer, f.properties))) entries.push({ kind: 'missing', layer, id: f.id });
    }
  }
  const datumHint = boundary ? betterDatum(features, datum, ours, boundary) : undefined;
  return { entries, edits, ...(datumHint && { datumHint }) };
}
