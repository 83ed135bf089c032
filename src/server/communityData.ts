import { existsSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { anchorOf } from '../core/map/anchorOf';
import { communityDir } from '../community/communityDir';
import { loadCommunity } from '../community/readCommunity';
import type { Position } from '../schemas/geojson';
import { liveSourceDir } from './liveBuild';
import { liveCommunityDir } from './store/communityStore';

let cached: ReturnType<typeof loadCommunity> | undefined;

/**
 * The live community's data (from the content store) as the server needs it: read once; `reloadCommunity`
 * after a change. While the store's latest commit breaks a rule (a bad push), the server keeps working from
 * the files the live site was built from, as the visitors see it.
 */
export function community() {
  if (cached) return cached;
  try {
    cached = loadCommunity(liveCommunityDir());
  } catch (error) {
    const fallback = existsSync(liveSourceDir()) ? liveSourceDir() : communityDir();
    console.warn(`The content store fails the data checks; using ${fallback} until it is fixed.\n${String((error as Error).message).slice(0, 500)}`);
    cached = loadCommunity(fallback);
  }
  return cached;
}
export function reloadCommunity() {
  cached = undefined;
}

/** Whether a position lies inside the community's boundary. */
export function insideCommunity(p: Position): boolean {
  const boundary = community().base.find((f) => f.properties.kind === 'boundary');
  return Boolean(boundary && boundary.geometry.type === 'Polygon' && booleanPointInPolygon(p, boundary.geometry));
}

/** The position of a stairwell entrance (`22-3`) or of a building's middle, if it exists. */
export function placeOf({ stairwell, building }: { stairwell?: string; building?: number }): { at: Position; building?: number; stairwell?: string } | undefined {
  const data = community();
  if (stairwell) {
    const s = data.stairwells.find((x) => x.id === stairwell);
    return s && { at: s.geometry.coordinates, building: s.properties.building, stairwell };
  }
  const b = data.buildings.find((x) => x.properties.number === building);
  return b && { at: anchorOf(b.geometry), building };
}
