import type { z } from 'astro/zod';
import { checkGeometry } from './checkGeometry';
import type { Problem } from './problem';

/** A file as read from the community folder. */
export type SourceFile = { path: string; text: string };

/**
 * Reads one GeoJSON FeatureCollection and checks it against RFC 7946 and `schema`:
 * JSON syntax, `FeatureCollection`/`Feature` types, a unique string `id` on every feature,
 * sound geometry (`checkGeometry`) and the properties schema.
 * Returns the problems, the features that passed (parsed by the schema) and every id seen, valid or not.
 */
export function checkFeatureCollection<S extends z.ZodTypeAny>(file: SourceFile, schema: S): { problems: Problem[]; features: z.output<S>[]; ids: Set<string> } {
  const problems: Problem[] = [];
  const features: z.output<S>[] = [];
  const say = (id: string, message: string) => problems.push({ file: file.path, id, message });
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    say('-', `not valid JSON: ${(error as Error).message}`);
    return { problems, features, ids: new Set() };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    say('-', 'must be a GeoJSON FeatureCollection with a "features" array');
    return { problems, features, ids: new Set() };
  }
  const seen = new Set<string>();
  fc.features.forEach((raw: unknown, index: number) => {
    const f = raw as { type?: unknown; id?: unknown; geometry?: unknown };
    const id = typeof f?.id === 'string' && f.id ? f.id : `#${index}`;
    if (f?.type !== 'Feature') { say(id, 'must be a GeoJSON Feature'); return; }
    if (typeof f.id !== 'string' || !f.id) { say(id, 'needs a string "id"'); return; }
    if (seen.has(f.id)) { say(id, 'duplicate id'); return; }
    seen.add(f.id);
    const geometryProblems = checkGeometry(f.geometry);
    for (const m of geometryProblems) say(id, m);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // Geometry issues are already told, in RFC 7946 words, by checkGeometry.
        if (issue.path[0] === 'geometry' && geometryProblems.length) continue;
        say(id, `${issue.path.join('.') || 'feature'}: ${issue.message}`);
      }
      return;
    }
    if (!geometryProblems.length) features.push(parsed.data);
  });
  return { problems, features, ids: seen };
}
