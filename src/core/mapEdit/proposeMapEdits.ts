import type { MapEdit, MapLayer } from '../../schemas/mapEdit';
import { baseFeaturePropertiesSchema } from '../../schemas/baseFeature';
import { buildingPropertiesSchema } from '../../schemas/building';
import { landmarkPropertiesSchema } from '../../schemas/landmark';
import { MAP_LAYERS } from '../../schemas/mapEnums';
import { stairwellPropertiesSchema } from '../../schemas/stairwell';
import { checkCommunity, type CommunitySource } from '../checks/checkCommunity';
import { featureCollectionText } from '../geo/featureCollectionText';
import { applyEdits } from './applyEdits';
import { ruleOf, type MapRule } from './ruleOf';
import { summaryLine } from './summaryLine';
import type { LooseCollection, MapChange, MapCollections } from './types';

/** A rule a change breaks, named with the feature (or `-`) and the check's own words. */
export type RuleProblem = {
  rule: MapRule | 'edit'; featureId: string; message: string; file?: string;
  /** For a problem of the whole map (`featureId` `-`), the features its message names (the two check-in points too close). */
  features?: string[];
};

export type MapProposal =
  | { ok: true; changes: MapChange[]; summary: string[]; files: { path: string; text: string }[] }
  | { ok: false; problems: RuleProblem[] };

/** The four map layers of a community read as collections; a file that is not a FeatureCollection is a problem. */
export function collectionsOf(src: CommunitySource): { collections?: MapCollections; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const entries = MAP_LAYERS.map((layer) => {
    try {
      const json = JSON.parse(src[layer].text) as LooseCollection;
      if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error('not a FeatureCollection');
      return [layer, json] as const;
    } catch (error) {
      problems.push({ rule: 'schema', featureId: '-', file: src[layer].path, message: `${src[layer].path}: ${(error as Error).message}` });
      return [layer, undefined] as const;
    }
  });
  return problems.length ? { problems } : { collections: Object.fromEntries(entries) as MapCollections, problems };
}

/**
 * What `edits` would make of a community, judged by every `check:data` rule: the new file texts (one
 * feature per line, as `data/` keeps them), the changes and their summary lines, or every rule broken. Pure:
 * the server runs it before committing, the editor may run it for a preview.
 */
export function proposeMapEdits(src: CommunitySource, edits: readonly MapEdit[]): MapProposal {
  const read = collectionsOf(src);
  if (!read.collections) return { ok: false, problems: read.problems };
  const unknown = unknownProperties(edits, read.collections);
  if (unknown.length) return { ok: false, problems: unknown };
  const applied = applyEdits(read.collections, edits);
  if (!applied.ok) return { ok: false, problems: applied.problems };
  const files = applied.changedLayers.map((layer: MapLayer) => ({ path: src[layer].path, text: featureCollectionText(applied.collections[layer]) }));
  const proposed: CommunitySource = { ...src };
  for (const layer of applied.changedLayers) proposed[layer] = { path: src[layer].path, text: featureCollectionText(applied.collections[layer]) };
  const ids = new Set(MAP_LAYERS.flatMap((l) => applied.collections[l].features.map((f) => f.id)));
  const named = (message: string) => [...new Set(message.split(/[^A-Za-z0-9-]+/).filter((w) => ids.has(w)))];
  const problems = trailDeletions(edits, read.collections, checkCommunity(proposed).map((p) => ({
    rule: ruleOf(p), featureId: p.id, message: p.message, file: p.file, ...(p.id === '-' && named(p.message).length && { features: named(p.message) }),
  })));
  if (problems.length) return { ok: false, problems };
  return { ok: true, changes: applied.changes, summary: applied.changes.map(summaryLine), files };
}

/** The properties each layer's features may have (`schemas/`): anything else would be written to the public data unchecked. */
const KNOWN_PROPERTIES: Record<MapLayer, ReadonlySet<string>> = {
  buildings: new Set(Object.keys(buildingPropertiesSchema.shape)),
  stairwells: new Set(Object.keys(stairwellPropertiesSchema.shape)),
  landmarks: new Set(Object.keys(landmarkPropertiesSchema.shape)),
  base: new Set(Object.keys(baseFeaturePropertiesSchema.shape)),
};

/**
 * Each property an edit sets that its layer's features do not have (a typo, or junk sent to the API, which the
 * schema checks would strip when reading but the file would keep). Setting one to `null` removes it, and one the
 * feature already has may be sent back unchanged (the details form sends all of a feature's properties).
 */
function unknownProperties(edits: readonly MapEdit[], collections: MapCollections): RuleProblem[] {
  return edits.flatMap((e) => {
    const old = e.op === 'properties' ? collections[e.layer].features.find((f) => f.id === e.id)?.properties : undefined;
    return Object.entries(e.properties ?? {})
      .filter(([key, value]) => value !== null && !KNOWN_PROPERTIES[e.layer].has(key) && !(old && Object.hasOwn(old, key) && JSON.stringify(old[key]) === JSON.stringify(value)))
      .map(([key]) => ({ rule: 'edit' as const, featureId: e.id, message: `${e.layer} have no property "${key.slice(0, 40)}"` }));
  });
}

/** Rules a deleted check-in point breaks by leaving the trail: its count, the trail's order and stops, the spacing. */
const TRAIL_RULES = new Set<RuleProblem['rule']>(['trail', 'totals', 'checkin-radius']);

/**
 * When the edits delete check-in points and the trail rules then fail, one problem per deleted point (rule
 * `trail`, the point named) in place of the trail's many consequences (every later stop's order, the count in
 * `community.json`, the walkway's stops): the moderator is told the point cannot be deleted, not ten riddles.
 */
function trailDeletions(edits: readonly MapEdit[], collections: MapCollections, problems: RuleProblem[]): RuleProblem[] {
  const deleted = edits.filter((e) => e.op === 'delete' && e.layer === 'landmarks' && collections.landmarks.features.some((f) => f.id === e.id && f.properties.kind === 'checkin'));
  const trail = problems.filter((p) => TRAIL_RULES.has(p.rule));
  if (!deleted.length || !trail.length) return problems;
  return [
    ...deleted.map((e) => ({ rule: 'trail' as const, featureId: e.id, message: `check-in point ${e.id} is a stop of the trail; deleting it breaks the trail (${trail[0]!.message})`, file: trail[0]!.file })),
    ...problems.filter((p) => !TRAIL_RULES.has(p.rule)),
  ];
}
