import { z } from 'astro/zod';
import { featureSchema, polygonSchema } from './geojson';
import { localizedSchema } from './locale';

import { BUILDING_STATUSES } from './enums';
import { provenanceSchema } from './provenance';

export { BUILDING_STATUSES };
/** `celebrity`: 网红楼道, renovated and painted; `renewed`: unit doors and lifts renewed; `in-progress`: renovation under way; `not-yet`: not started. */
export const buildingStatusSchema = z.enum(BUILDING_STATUSES);
export type BuildingStatus = z.output<typeof buildingStatusSchema>;

export const buildingPropertiesSchema = z.object({
  /** The number residents use: 22 for 采菱公寓22幢. Unique. */
  number: z.number().int().positive().max(9999),
  /** Full name in each language, e.g. `{ "zh-CN": "采菱公寓22幢", "en": "Cailing Apartments Building 22" }`. */
  name: localizedSchema,
  /** How many stairwells (楼道/单元) the building has; its entrances are in `stairwells.geojson`. */
  stairwells: z.number().int().min(1).max(20),
  /** Storeys above ground. */
  storeys: z.number().int().min(1).max(80),
  /** Whether the building has a lift. */
  lift: z.boolean(),
  /** Renovation status, see `buildingStatusSchema`. */
  status: buildingStatusSchema,
  /** Where the geometry came from; missing = schematic (see `provenance.ts`). */
  provenance: provenanceSchema.optional(),
});

/** A residential building: a Polygon footprint with id `b<number>` (e.g. `b22`). */
export const buildingSchema = featureSchema(polygonSchema, buildingPropertiesSchema).superRefine((b, ctx) => {
  if (b.id !== `b${b.properties.number}`) ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be "b${b.properties.number}" for building number ${b.properties.number}` });
});
export type Building = z.output<typeof buildingSchema>;
