import { z } from 'astro/zod';
import { featureIdSchema, geometrySchema } from './geojson';
import { MAP_EDIT_OPS, MAP_LAYERS } from './mapEnums';
import { localeSchema } from './locale';
import { provenanceSchema } from './provenance';
import { STORY_LIMITS } from './story';

export { DATUMS, datumSchema, provenanceSchema, type Datum, type Provenance, type ProvenanceSource } from './provenance';

export { MAP_EDIT_OPS, MAP_LAYERS };
export const mapLayerSchema = z.enum(MAP_LAYERS);
export type MapLayer = z.output<typeof mapLayerSchema>;


/**
 * One change to one feature of the map:
 * - `move`: the feature gets `geometry` (same type as before), e.g. a check-in point surveyed by GPS;
 * - `reshape`: the feature gets `geometry` (same type), e.g. a building outline traced on imagery;
 * - `add`: a new feature `id` with `geometry` and `properties`;
 * - `delete`: the feature is removed;
 * - `properties`: `properties` are merged over the feature's (a key set to `null` is removed).
 * `provenance` says where new geometry came from; a moved or reshaped feature without one counts as schematic again.
 * `story`: a new landmark's story text by language (at least the community's first language; the others show
 * that text until translated), written with the landmark in the same commit, its name as the title.
 */
export const mapEditSchema = z.object({
  op: z.enum(MAP_EDIT_OPS),
  layer: mapLayerSchema,
  id: featureIdSchema,
  geometry: geometrySchema.optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  provenance: provenanceSchema.optional(),
  story: z.record(localeSchema, z.string().trim().max(STORY_LIMITS.body)).optional(),
}).superRefine((e, ctx) => {
  if (e.story && !(e.op === 'add' && e.layer === 'landmarks')) ctx.addIssue({ code: 'custom', path: ['story'], message: 'only a new landmark takes a story' });
  if ((e.op === 'move' || e.op === 'reshape' || e.op === 'add') && !e.geometry) ctx.addIssue({ code: 'custom', path: ['geometry'], message: `a ${e.op} needs the new geometry` });
  if ((e.op === 'add' || e.op === 'properties') && !e.properties) ctx.addIssue({ code: 'custom', path: ['properties'], message: `a ${e.op} needs properties` });
  if (e.op === 'delete' && (e.geometry || e.properties)) ctx.addIssue({ code: 'custom', path: ['op'], message: 'a delete takes no geometry or properties' });
});
export type MapEdit = z.output<typeof mapEditSchema>;

/** A git commit id of the content store. */
export const commitIdSchema = z.string().regex(/^[0-9a-f]{7,40}$/, 'commit must be a git commit id');

/** What the map editor sends to save: the commit it was looking at, the edits, and an optional note for the history. */
export const mapEditRequestSchema = z.object({
  baseCommit: commitIdSchema,
  edits: z.array(mapEditSchema).min(1).max(500),
  message: z.string().trim().max(200).optional(),
});
export type MapEditRequest = z.output<typeof mapEditRequestSchema>;
