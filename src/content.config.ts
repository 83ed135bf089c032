import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { baseFeatureSchema } from './schemas/baseFeature';
import { buildingSchema } from './schemas/building';
import { communitySchema } from './schemas/community';
import { landmarkSchema } from './schemas/landmark';
import { stairwellSchema } from './schemas/stairwell';
import { storyTextSchema } from './schemas/story';
import { galleryPictureSchema } from './schemas/mural';
import { galleryLoader } from './community/loaders/galleryLoader';
import { z } from 'astro/zod';
import { geojsonLoader } from './community/loaders/geojsonLoader';
import { jsonObjectLoader } from './community/loaders/jsonObjectLoader';
import { COMMUNITY_FILES, communityDir } from './community/communityDir';

const dir = communityDir();

export const collections = {
  community: defineCollection({ loader: jsonObjectLoader({ dir, file: COMMUNITY_FILES.community, id: 'community', schema: communitySchema }), schema: communitySchema }),
  base: defineCollection({ loader: geojsonLoader({ dir, file: COMMUNITY_FILES.base, schema: baseFeatureSchema }), schema: baseFeatureSchema }),
  buildings: defineCollection({ loader: geojsonLoader({ dir, file: COMMUNITY_FILES.buildings, schema: buildingSchema }), schema: buildingSchema }),
  stairwells: defineCollection({ loader: geojsonLoader({ dir, file: COMMUNITY_FILES.stairwells, schema: stairwellSchema }), schema: stairwellSchema }),
  landmarks: defineCollection({ loader: geojsonLoader({ dir, file: COMMUNITY_FILES.landmarks, schema: landmarkSchema }), schema: landmarkSchema }),
  /** `content/stories/<lang>/<landmark id>.md`; entry id `<lang>/<landmark id>`. */
  stories: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${dir}/${COMMUNITY_FILES.stories}`, generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: ({ image }) => storyTextSchema.extend({ image: image() }),
  }),
  /** A landmark's gallery pictures (`gallery` in `data/landmarks.geojson`), with their files as images; entry id = landmark id. */
  gallery: defineCollection({
    loader: galleryLoader({ dir }),
    schema: ({ image }) => z.object({ pictures: z.array(galleryPictureSchema.omit({ file: true }).extend({ image: image() })) }),
  }),
};
