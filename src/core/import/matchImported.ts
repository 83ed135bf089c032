import type { MapLayer } from '../../schemas/mapEdit';
import type { LooseFeature, MapCollections } from '../mapEdit/types';
import type { ImportedFeature } from './parseMapFile';

/** Which of our features an imported one was matched to, and how. */
export type ImportMatch = { theirs: ImportedFeature; layer: MapLayer; id: string; by: 'id' | 'number' | 'name' };
export type ImportMatching = { matches: ImportMatch[]; unmatched: ImportedFeature[]; duplicates: ImportMatch[] };

const LAYERS: MapLayer[] = ['landmarks', 'buildings', 'stairwells', 'base'];
const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Every text of a name: a plain string, or the values of a `{ lang: text }` object. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string');
  return [];
}

/** The building number an imported feature gives: `number`, `addr:housenumber`, `ref`, or a name such as `22幢` / `Building 22`. */
function numberOf(f: ImportedFeature): number | undefined {
  const p = f.properties;
  for (const v of [p.number, p['addr:housenumber'], p.ref]) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,4}$/.test(v.trim()) ? Number(v) : undefined;
    if (n !== undefined && Number.isInteger(n) && n > 0) return n;
  }
  for (const name of namesOf(p.name)) {
    const m = /(\d{1,4})\s*(?:幢|栋|棟|号楼|號樓)|building\s*(\d{1,4})\b/i.exec(name);
    if (m) return Number(m[1] ?? m[2]);
  }
  return undefined;
}

/**
 * Matches features read from a file to ours: by id first (the file's feature id, `properties.id`, or a name
 * that is one of our ids), then,
 * for outlines, by building number (`number`, `addr:housenumber`, `ref`, or a name like `22幢`), then by
 * name in any language. Each of our features takes the first match; a later one for the same feature is a
 * duplicate. Only features of the same geometry type match by number or name.
 */
export function matchImported(features: readonly ImportedFeature[], ours: MapCollections): ImportMatching {
  const byId = new Map<string, { layer: MapLayer; f: LooseFeature }>();
  const byName = new Map<string, { layer: MapLayer; f: LooseFeature }[]>();
  for (const layer of LAYERS) {
    for (const f of ours[layer].features) {
      byId.set(f.id, { layer, f });
      for (const name of namesOf(f.properties.name)) {
        const key = norm(name);
        byName.set(key, [...(byName.get(key) ?? []), { layer, f }]);
      }
    }
  }
  const taken = new Set<string>();
  const matches: ImportMatch[] = [];
  const duplicates: ImportMatch[] = [];
  const unmatched: ImportedFeature[] = [];
  for (const theirs of features) {
    const found = findOne(theirs, byId, byName);
    if (!found) { unmatched.push(theirs); continue; }
    const match = { theirs, ...found };
    if (taken.has(found.id)) duplicates.push(match);
    else { taken.add(found.id); matches.push(match); }
  }
  return { matches, unmatched, duplicates };
}

function findOne(theirs: ImportedFeature, byId: Map<string, { layer: MapLayer; f: LooseFeature }>, byName: Map<string, { layer: MapLayer; f: LooseFeature }[]>): Omit<ImportMatch, 'theirs'> | undefined {
  const sameType = (f: LooseFeature) => f.geometry.type === theirs.geometry.type;
  // An id, or a name that is one of our ids (a GPS app's waypoint named `checkin-03`).
  for (const key of [theirs.id, theirs.properties.id, theirs.properties.name].filter((v): v is string => typeof v === 'string')) {
    const hit = byId.get(key) ?? byId.get(key.toLowerCase());
    if (hit) return { layer: hit.layer, id: hit.f.id, by: 'id' };
  }
  const number = numberOf(theirs);
  if (number !== undefined && theirs.geometry.type === 'Polygon') {
    const hit = byId.get(`b${number}`);
    if (hit && hit.layer === 'buildings') return { layer: hit.layer, id: hit.f.id, by: 'number' };
  }
  for (const name of namesOf(theirs.properties.name)) {
    const hit = (byName.get(norm(name)) ?? []).find((h) => sameType(h.f));
    if (hit) return { layer: hit.layer, id: hit.f.id, by: 'name' };
  }
  return undefined;
}
