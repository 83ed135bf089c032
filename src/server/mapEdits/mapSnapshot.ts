import { coverage, type Coverage } from '../../core/mapEdit/coverage';
import { collectionsOf } from '../../core/mapEdit/proposeMapEdits';
import type { MapCollections } from '../../core/mapEdit/types';
import { readCommunitySource } from '../../community/readCommunitySource';
import type { StorySourceKind } from '../../schemas/story';
import { storeDir, storeHead, withStore } from '../store/communityStore';

/** The map as the editor starts from: the store's latest commit, its four layers' collections, and how much is surveyed (`coverageLine` words it). */
export type MapSnapshot = { commit: string; layers: MapCollections; coverage: Coverage };

/** Reads the store's map layers and the commit they are at, in the store's queue so the two match. */
export function mapSnapshot(): Promise<MapSnapshot> {
  return withStore(async () => {
    const commit = await storeHead();
    const src = readCommunitySource(storeDir());
    const read = collectionsOf(src);
    if (!read.collections) throw new Error(read.problems.map((p) => p.message).join('; '));
    const layers = read.collections;
    const stories = src.stories.flatMap((s) => {
      const fm = s.frontmatter as { source?: StorySourceKind } | Error;
      return fm instanceof Error ? [] : [{ landmark: s.stem, source: fm.source }];
    });
    const counted = { buildings: layers.buildings.features, stairwells: layers.stairwells.features, landmarks: layers.landmarks.features, base: layers.base.features };
    return { commit, layers, coverage: coverage(counted as Parameters<typeof coverage>[0], stories) };
  });
}
