import { z } from 'astro/zod';
import { featureIdSchema, featureSchema, geometrySchema } from './geojson';
import { localizedSchema } from './locale';
import { muralPropertiesSchema } from './mural';

import { LANDMARK_KINDS } from './landmarkKinds';
import { provenanceSchema } from './provenance';
import { ruleIssue } from './ruleIssue';

export { LANDMARK_KINDS };
export const landmarkKindSchema = z.enum(LANDMARK_KINDS);
/** A kind of landmark, e.g. `pet-area`: an id of `LANDMARK_KIND_REGISTRY` (`landmarkKinds.ts`). */
export type LandmarkKind = z.output<typeof landmarkKindSchema>;

export const landmarkPropertiesSchema = z.object({
  /** What sort of place this is; decides its symbol on the map and its group in the index. */
  kind: landmarkKindSchema,
  /** Name in each language. */
  name: localizedSchema,
  /** Check-in points only: position on the trail, 1 = first. */
  order: z.number().int().positive().optional(),
  /** Walkway only: the ids of the check-in points it passes, in trail order. */
  stops: z.array(featureIdSchema).optional(),
  /** Number of the building the landmark belongs to, if any. */
  building: z.number().int().positive().optional(),
  /** Id of the stairwell entrance it belongs to, if any (e.g. `22-3`). */
  stairwell: z.string().regex(/^\d+-\d+$/).optional(),
  /** True where the facts say the place can be reached without steps. */
  stepFree: z.boolean().optional(),
  /** Where the geometry came from; missing = schematic (see `provenance.ts`). */
  provenance: provenanceSchema.optional(),
});

/** A landmark: anything with a story. Check-in points are Points with `order`; the walkway is a LineString with `stops`. */
export const landmarkSchema = featureSchema(geometrySchema, landmarkPropertiesSchema.merge(muralPropertiesSchema)).superRefine((l, ctx) => {
  const { kind, order, stops } = l.properties;
  if (kind === 'checkin' && l.geometry.type !== 'Point') ctx.addIssue(ruleIssue(['geometry'], 'a check-in point must be a Point', 'point'));
  if (kind === 'checkin' && order === undefined) ctx.addIssue(ruleIssue(['properties', 'order'], 'a check-in point needs its trail order', 'checkinNeeds'));
  if (kind !== 'checkin' && order !== undefined) ctx.addIssue(ruleIssue(['properties', 'order'], 'only check-in points have a trail order', 'checkinOnly'));
  if (kind === 'walkway' && l.geometry.type !== 'LineString') ctx.addIssue(ruleIssue(['geometry'], 'the walkway must be a LineString', 'line'));
  if (kind === 'walkway' && !stops?.length) ctx.addIssue(ruleIssue(['properties', 'stops'], 'the walkway must list its check-in points in order', 'required'));
  if (kind === 'pet-area' && l.geometry.type !== 'Polygon') ctx.addIssue(ruleIssue(['geometry'], 'the pet area must be a Polygon', 'area'));
  // Mural fields (gallery, painters, state): a state's date only with a state; each picture once.
  if (l.properties.stateSeen && !l.properties.state) ctx.addIssue({ code: 'custom', path: ['properties', 'stateSeen'], message: 'stateSeen needs a state' });
  const files = (l.properties.gallery ?? []).map((p) => p.file);
  files.forEach((file, i) => { if (files.indexOf(file) !== i) ctx.addIssue({ code: 'custom', path: ['properties', 'gallery', i, 'file'], message: `${file} is in the gallery twice` }); });
});
export type Landmark = z.output<typeof landmarkSchema>;
