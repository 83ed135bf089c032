import { collectionsOf } from '../../core/mapEdit/proposeMapEdits';
import type { MapCollections } from '../../core/mapEdit/types';
import { readCommunitySource } from '../../community/readCommunitySource';
import { storeDir, storeHead, withStore } from '../store/communityStore';

/** The map as the editor starts from: the store's latest commit and its four layers' collections. */
export type MapSnapshot = { commit: string; layers: MapCollections };

/** Reads the store's map layers and the commit they are at, in the store's queue so the two match. */
export function mapSnapshot(): Promise<MapSnapshot> {
  return withStore(async () => {
    const commit = await storeHead();
    const read = collectionsOf(readCommunitySource(storeDir()));
    if (!read.collections) throw new Error(read.problems.map((p) => p.message).join('; '));
    return { commit, layers: read.collections };
  });
}
