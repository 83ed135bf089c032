import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { anchorOf } from '../lib/map/anchorOf';
import { loadCommunity } from '../node/loadCommunity';
import type { Position } from '../schemas/geojson';
import { liveCommunityDir } from './store/communityStore';

let cached: ReturnType<typeof loadCommunity> | undefined;

/** The live community's data (from the content store) as the server needs it: read once; `reloadCommunity` after a change. */
export function community() {
  cached ??= loadCommunity(liveCommunityDir());
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
