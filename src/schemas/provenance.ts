import { z } from 'astro/zod';
import { DATUMS } from './mapEnums';

export { DATUMS };
export const datumSchema = z.enum(DATUMS);
export type Datum = z.output<typeof datumSchema>;

/** A day or a moment: `2026-11-29` or an ISO 8601 time such as `2026-11-29T08:15:00Z`. */
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'date must be YYYY-MM-DD or an ISO 8601 time');

/**
 * Where a feature's geometry came from. Missing means `schematic`: drawn as an illustrative layout, not
 * measured. `gps`: averaged from `fixes` phone positions with the reported `accuracyM`; `traced`: drawn over
 * `imagery`; `import`: taken from a `file` in `datum`.
 */
export const provenanceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('schematic') }),
  z.object({ source: z.literal('gps'), accuracyM: z.number().finite().positive().max(1000), fixes: z.number().int().min(1).max(100_000), date: dateSchema }),
  z.object({ source: z.literal('traced'), imagery: z.string().trim().min(1).max(200), date: dateSchema }),
  z.object({ source: z.literal('import'), file: z.string().trim().min(1).max(200), datum: datumSchema, date: dateSchema }),
]);
export type Provenance = z.output<typeof provenanceSchema>;
export type ProvenanceSource = Provenance['source'];
