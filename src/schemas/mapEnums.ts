/**
 * The fixed lists behind the map-edit schemas, in a module without zod, so the map editor and the importer
 * can use them in the browser without shipping the validator (as `enums.ts` does for the other schemas).
 */

/** Coordinate systems an imported file may use: WGS 84 (GPS, OSM), GCJ-02 (Amap, Tencent), BD-09 (Baidu). */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;

/** The data files a map edit may change, by layer: `data/<layer>.geojson`. */
export const MAP_LAYERS = ['buildings', 'stairwells', 'landmarks', 'base'] as const;

/** What an edit does to one feature. */
export const MAP_EDIT_OPS = ['move', 'reshape', 'add', 'delete', 'properties'] as const;
