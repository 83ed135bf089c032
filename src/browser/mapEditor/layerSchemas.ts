import type { z } from 'astro/zod';
import { baseFeaturePropertiesSchema, baseFeatureSchema } from '../../schemas/baseFeature';
import { buildingPropertiesSchema, buildingSchema } from '../../schemas/building';
import { landmarkPropertiesSchema, landmarkSchema } from '../../schemas/landmark';
import type { MapLayer } from '../../schemas/mapEdit';
import { stairwellPropertiesSchema, stairwellSchema } from '../../schemas/stairwell';

/** Each layer's feature schema (with its id and geometry rules) and properties schema: what the details form is built from and checked by. */
export const LAYER_SCHEMAS: Record<MapLayer, { feature: z.ZodTypeAny; properties: z.AnyZodObject }> = {
  buildings: { feature: buildingSchema, properties: buildingPropertiesSchema },
  stairwells: { feature: stairwellSchema, properties: stairwellPropertiesSchema },
  landmarks: { feature: landmarkSchema, properties: landmarkPropertiesSchema },
  base: { feature: baseFeatureSchema, properties: baseFeaturePropertiesSchema },
};

/** Layers whose ids follow from their details (`b22`, `22-3`): a new feature there is not asked for an id. */
export const DERIVED_ID: Partial<Record<MapLayer, (p: Record<string, unknown>) => string>> = {
  buildings: (p) => `b${String(p.number ?? '')}`,
  stairwells: (p) => `${String(p.building ?? '')}-${String(p.unit ?? '')}`,
};
