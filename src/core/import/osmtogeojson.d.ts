declare module 'osmtogeojson' {
  /** OSM XML (a parsed Document) or OSM/Overpass JSON to a GeoJSON FeatureCollection. */
  export default function osmtogeojson(data: unknown, options?: { flatProperties?: boolean }): { type: 'FeatureCollection'; features: { type: 'Feature'; id?: string | number; geometry: { type: string; coordinates: unknown } | null; properties: Record<string, unknown> | null }[] };
}
