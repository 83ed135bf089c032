import { z } from 'astro/zod';

/** Basemap tiles drawn under the embedded base map. Off unless configured (see `tileConfigFromEnv`). */
export const tileConfigSchema = z.object({
  /** Which preset this came from. */
  provider: z.enum(['osm', 'tianditu', 'amap', 'custom']),
  /** Leaflet tile URL template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. */
  url: z.string().url().or(z.string().regex(/^\/.*\{z\}.*/)),
  /** Optional second layer drawn over the first (Tianditu's labels). */
  overlayUrl: z.string().optional(),
  /** Values for `{s}` in the URL. */
  subdomains: z.array(z.string()).default([]),
  /** Credit shown on the map for as long as the tiles are (HTML allowed, as in Leaflet). */
  attribution: z.string().min(1),
  /** The datum the tiles are drawn in: our WGS 84 data is shifted to GCJ-02 for Chinese providers that use it. */
  datum: z.enum(['wgs84', 'gcj02']),
  /** Deepest zoom the server has; Leaflet scales tiles up beyond it. */
  maxNativeZoom: z.number().int().min(1).max(22).default(18),
});
export type TileConfig = z.output<typeof tileConfigSchema>;
