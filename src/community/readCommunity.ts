import { checkCommunity } from '../core/checks/checkCommunity';
import { checkFeatureCollection } from '../core/checks/checkFeatureCollection';
import { formatProblem } from '../core/checks/problem';
import { baseFeatureSchema } from '../schemas/baseFeature';
import { buildingSchema } from '../schemas/building';
import { communitySchema } from '../schemas/community';
import { landmarkSchema } from '../schemas/landmark';
import { stairwellSchema } from '../schemas/stairwell';
import { readCommunitySource } from './readCommunitySource';

/**
 * A community folder read and validated outside Astro (scripts, the server): the same files, schemas and
 * rules as the build. Throws listing every problem, as `check:data` prints them.
 */
export function loadCommunity(dir: string) {
  const src = readCommunitySource(dir);
  const problems = checkCommunity(src);
  if (problems.length) throw new Error(`${dir}:\n${problems.map(formatProblem).join('\n')}`);
  return {
    community: communitySchema.parse(JSON.parse(src.community.text)),
    base: checkFeatureCollection(src.base, baseFeatureSchema).features,
    buildings: checkFeatureCollection(src.buildings, buildingSchema).features,
    stairwells: checkFeatureCollection(src.stairwells, stairwellSchema).features,
    landmarks: checkFeatureCollection(src.landmarks, landmarkSchema).features,
  };
}
