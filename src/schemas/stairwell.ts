import { z } from 'astro/zod';
import { featureSchema, pointSchema } from './geojson';
import { localizedSchema } from './locale';
import { provenanceSchema } from './provenance';

export const stairwellPropertiesSchema = z.object({
  /** Number of the building this entrance belongs to (22 for "22-3"). */
  building: z.number().int().positive(),
  /** Stairwell (单元) number within the building, from 1 (3 for "22-3"). */
  unit: z.number().int().positive(),
  /** Name in each language, e.g. `{ "zh-CN": "22幢3单元", "en": "Building 22, stairwell 3" }`. */
  name: localizedSchema,
  /** Where the geometry came from; missing = schematic (see `provenance.ts`). */
  provenance: provenanceSchema.optional(),
});

/** A stairwell entrance: a Point on its building's outline, id `<building>-<unit>` (e.g. `22-3`). */
export const stairwellSchema = featureSchema(pointSchema, stairwellPropertiesSchema).superRefine((s, ctx) => {
  const expected = `${s.properties.building}-${s.properties.unit}`;
  if (s.id !== expected) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be "${expected}"` });
});
export type Stairwell = z.output<typeof stairwellSchema>;
