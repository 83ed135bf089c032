import { z } from 'astro/zod';

/** A WGS 84 position, `[longitude, latitude]` in degrees (RFC 7946 §3.1.1). Never `[lat, lng]`. */
export const positionSchema = z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]);
export type Position = z.output<typeof positionSchema>;

/** A single place, e.g. a check-in point or a stairwell entrance. */
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });
/** A path such as a road or the painted walkway: two or more positions. */
export const lineStringSchema = z.object({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) });
/** An area: outer ring counter-clockwise, then any holes clockwise; each ring closed (first position = last). */
export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(positionSchema).min(4)).min(1) });
/** Any geometry a landmark or base-map feature may have. */
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, lineStringSchema, polygonSchema]);
export type Geometry = z.output<typeof geometrySchema>;

/** A stable, URL-safe id: lower-case letters, digits and dashes, e.g. `checkin-05`, `b22`, `22-3`. */
export const featureIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be lower-case letters, digits and dashes');

/** Builds the schema of a GeoJSON Feature with a string `id`, the given geometry and properties. */
export function featureSchema<G extends z.ZodTypeAny, P extends z.ZodTypeAny>(geometry: G, properties: P) {
  return z.object({ type: z.literal('Feature'), id: featureIdSchema, geometry, properties });
}
