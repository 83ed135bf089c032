import { resolve } from 'node:path';

/**
 * The folder holding the community's `data/` and `content/`: `COMMUNITY_DIR` when set (relative to the
 * working directory), else the project root. One setting selects another community, e.g. the tiny test fixture.
 */
export function communityDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.COMMUNITY_DIR || '.');
}

/** Where each file of a community lives, relative to its folder. */
export const COMMUNITY_FILES = {
  community: 'data/community.json',
  base: 'data/base.geojson',
  buildings: 'data/buildings.geojson',
  stairwells: 'data/stairwells.geojson',
  landmarks: 'data/landmarks.geojson',
  stories: 'content/stories',
  images: 'content/images',
} as const;
