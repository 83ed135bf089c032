import { z } from 'astro/zod';
import { featureSchema, geometrySchema } from './geojson';
import { localizedSchema } from './locale';

import { BASE_KINDS } from './enums';
import { provenanceSchema } from './provenance';
import { ruleIssue, SHAPE_PROBLEM } from './ruleIssue';

export { BASE_KINDS };
export const baseKindSchema = z.enum(BASE_KINDS);
export type BaseKind = z.output<typeof baseKindSchema>;

export const baseFeaturePropertiesSchema = z.object({
  /** `boundary` (exactly one Polygon), `green` (Polygon), `road` (LineString) or `gate` (Point). */
  kind: baseKindSchema,
  /** Name in each language. */
  name: localizedSchema,
  /** Roads only: drawn width in metres. */
  widthM: z.number().positive().max(100).optional(),
  /** Where the geometry came from; missing = schematic (see `provenance.ts`). */
  provenance: provenanceSchema.optional(),
});

const GEOMETRY_OF: Record<BaseKind, keyof typeof SHAPE_PROBLEM> = { boundary: 'Polygon', green: 'Polygon', road: 'LineString', gate: 'Point' };

/** One feature of `data/base.geojson`. */
export const baseFeatureSchema = featureSchema(geometrySchema, baseFeaturePropertiesSchema).superRefine((f, ctx) => {
  const want = GEOMETRY_OF[f.properties.kind];
  if (f.geometry.type !== want) ctx.addIssue(ruleIssue(['geometry'], `a ${f.properties.kind} must be a ${want}`, SHAPE_PROBLEM[want]));
});
export type BaseFeature = z.output<typeof baseFeatureSchema>;
