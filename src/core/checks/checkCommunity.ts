import { baseFeatureSchema } from '../../schemas/baseFeature';
import { buildingSchema } from '../../schemas/building';
import { communitySchema } from '../../schemas/community';
import { landmarkSchema } from '../../schemas/landmark';
import { stairwellSchema } from '../../schemas/stairwell';
import { checkFeatureCollection, type SourceFile } from './checkFeatureCollection';
import { checkGallery } from './checkGallery';
import { checkGeofenceRadius } from './checkGeofenceRadius';
import { checkLayout } from './checkLayout';
import { checkLocalized } from './checkLocalized';
import { checkStories, type StorySource } from './checkStories';
import { checkTrail } from './checkTrail';
import type { Problem } from './problem';

/** Everything `check:data` reads from a community folder, as text, so the checks stay pure. */
export type CommunitySource = {
  community: SourceFile;
  base: SourceFile;
  buildings: SourceFile;
  stairwells: SourceFile;
  landmarks: SourceFile;
  stories: StorySource[];
  /** The file names in `content/images/` (the pictures a gallery may name). */
  images: string[];
};

/**
 * All data and content rules, in one pass. Returns every problem found (empty when the data is sound);
 * `check:data` prints them and the build refuses to go on while there is any.
 */
export function checkCommunity(src: CommunitySource): Problem[] {
  return checkAndParseCommunity(src).problems;
}

/** A community's data as the schemas parse it: what the checks judged, so nobody parses it again. */
export type CommunityData = NonNullable<ReturnType<typeof checkAndParseCommunity>['data']>;

/**
 * `checkCommunity`, also giving what the checks parsed: `data` holds the community and every feature that
 * passed its schema (undefined when `community.json` itself is unreadable). Sound only when `problems` is empty.
 */
export function checkAndParseCommunity(src: CommunitySource) {
  const problems: Problem[] = [];
  let communityJson: unknown;
  try {
    communityJson = JSON.parse(src.community.text);
  } catch (error) {
    return { problems: [{ file: src.community.path, id: '-', message: `not valid JSON: ${(error as Error).message}` }], data: undefined };
  }
  const community = communitySchema.safeParse(communityJson);
  if (!community.success) {
    return { problems: community.error.issues.map((i) => ({ file: src.community.path, id: '-', message: `${i.path.join('.')}: ${i.message}` })), data: undefined };
  }
  const languages = community.data.languages;
  const base = checkFeatureCollection(src.base, baseFeatureSchema);
  const buildings = checkFeatureCollection(src.buildings, buildingSchema);
  const stairwells = checkFeatureCollection(src.stairwells, stairwellSchema);
  const landmarks = checkFeatureCollection(src.landmarks, landmarkSchema);
  problems.push(...base.problems, ...buildings.problems, ...stairwells.problems, ...landmarks.problems);

  const collections = [[src.base, base.features], [src.buildings, buildings.features], [src.stairwells, stairwells.features], [src.landmarks, landmarks.features]] as const;
  const owner = new Map<string, string>();
  for (const [file, features] of collections) {
    for (const f of features) {
      for (const message of checkLocalized(f.properties, languages)) problems.push({ file: file.path, id: f.id, message });
      const other = owner.get(f.id);
      // Ids are unique across files too, so a link such as ?focus=<id> always means one thing.
      if (other && other !== file.path) problems.push({ file: file.path, id: f.id, message: `duplicate id (also in ${other})` });
      owner.set(f.id, file.path);
    }
  }
  for (const message of checkLocalized(communityJson, languages)) problems.push({ file: src.community.path, id: '-', message });

  problems.push(...checkLayout({
    community: community.data,
    base: base.features,
    buildings: buildings.features,
    stairwells: stairwells.features,
    landmarks: landmarks.features,
    files: { base: src.base.path, buildings: src.buildings.path, stairwells: src.stairwells.path, landmarks: src.landmarks.path, community: src.community.path },
  }));
  problems.push(...checkTrail(landmarks.features, src.landmarks.path));
  problems.push(...checkGeofenceRadius(landmarks.features, community.data.trail.checkinRadiusM, { landmarks: src.landmarks.path, community: src.community.path }));
  problems.push(...checkStories(src.stories, landmarks.ids, languages, src.landmarks.path));
  problems.push(...checkGallery(landmarks.features, src.images, languages, src.landmarks.path));
  return {
    problems,
    data: { community: community.data, base: base.features, buildings: buildings.features, stairwells: stairwells.features, landmarks: landmarks.features },
  };
}
