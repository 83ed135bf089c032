import { z } from 'astro/zod';

/** One input of the details form, read off a zod properties schema. */
export type Field =
  | { key: string; type: 'number'; optional: boolean; integer: boolean; min?: number; max?: number }
  | { key: string; type: 'text' | 'list' | 'localized' | 'boolean'; optional: boolean }
  | { key: string; type: 'enum'; optional: boolean; options: readonly string[] };

/**
 * The details form of a layer, built from its zod properties schema (the same one `check:data` and the server use),
 * so a property added to a schema appears in the editor: numbers (with their bounds), choices, yes/no, text, lists,
 * and names in every language. Properties the form cannot edit (`provenance`, which saving sets) are left out.
 * @example schemaFields(stairwellPropertiesSchema) → [{ key: 'building', type: 'number', integer: true, min: 1, … }, …]
 */
export function schemaFields(schema: z.AnyZodObject): Field[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).flatMap(([key, raw]): Field[] => {
    const optional = raw.isOptional();
    const t = unwrap(raw);
    if (t instanceof z.ZodNumber) {
      return [{ key, type: 'number', optional, integer: t.isInt, ...bounds(t) }];
    }
    if (t instanceof z.ZodEnum) return [{ key, type: 'enum', optional, options: t.options as string[] }];
    if (t instanceof z.ZodBoolean) return [{ key, type: 'boolean', optional }];
    if (t instanceof z.ZodString) return [{ key, type: 'text', optional }];
    if (t instanceof z.ZodRecord) return [{ key, type: 'localized', optional }];
    if (t instanceof z.ZodArray && unwrap(t.element) instanceof z.ZodString) return [{ key, type: 'list', optional }];
    return [];
  });
}

function unwrap(t: z.ZodTypeAny): z.ZodTypeAny {
  if (t instanceof z.ZodOptional || t instanceof z.ZodNullable) return unwrap(t.unwrap());
  if (t instanceof z.ZodDefault) return unwrap(t.removeDefault());
  if (t instanceof z.ZodEffects) return unwrap(t.innerType());
  return t;
}

/** The smallest and largest value a number field takes (an integer `positive()` starts at 1). */
function bounds(t: z.ZodNumber): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const c of t._def.checks) {
    const step = t.isInt && !('inclusive' in c && c.inclusive) ? 1 : 0;
    if (c.kind === 'min') out.min = c.value + step;
    if (c.kind === 'max') out.max = c.value - step;
  }
  return out;
}
