import { z } from 'astro/zod';
import { featureIdSchema } from './geojson';
import { localeSchema } from './locale';

/** Limits shared by stories in `content/` and resident submissions. */
export const STORY_LIMITS = { title: 60, excerpt: 160, alt: 200, body: 6000 } as const;

/**
 * Where a story's words come from: `sample`, written from a public report to start the map (details such as
 * what a mural shows are illustrative; the page says so), or `community`, told or checked by the community.
 */
export const STORY_SOURCES = ['sample', 'community'] as const;
export const storySourceSchema = z.enum(STORY_SOURCES);
export type StorySourceKind = z.output<typeof storySourceSchema>;

/** The text fields of a story's front matter. The picture is added by the content collection (`image()`), a file path in `check:data`. */
export const storyTextSchema = z.object({
  /** Id of the landmark in `data/landmarks.geojson` this story tells about. */
  landmark: featureIdSchema,
  /** Heading of the story page. */
  title: z.string().trim().min(1).max(STORY_LIMITS.title),
  /** One sentence shown on the map and in lists. */
  excerpt: z.string().trim().min(1).max(STORY_LIMITS.excerpt),
  /** Describes the picture for people who cannot see it. Required. */
  imageAlt: z.string().trim().min(1).max(STORY_LIMITS.alt),
  /** The language the story text is written in, when it is not the folder's (a resident's story not yet translated). */
  textLang: localeSchema.optional(),
  /** Where the words come from (`STORY_SOURCES`); missing = `community` (a published resident's story). */
  source: storySourceSchema.optional(),
});

/** Front matter as `check:data` reads it: the picture is a path relative to the story file. */
export const storyFileSchema = storyTextSchema.extend({
  /** Picture or illustration, relative to the story file, e.g. `../../images/pet-tribe.svg`. */
  image: z.string().min(1),
});
export type StoryFile = z.output<typeof storyFileSchema>;
