import type { Geometry } from '../../schemas/geojson';
import type { MapLayer } from '../../schemas/mapEdit';
import type { CompassPoint } from '../geo/compassPoint';

/** A feature as a `data/*.geojson` file holds it, before the layer's schema has judged its properties. */
export type LooseFeature = { type: 'Feature'; id: string; geometry: Geometry; properties: Record<string, unknown> };
/** A `data/*.geojson` file's collection: its features and any other members (name, metadata) kept as they are. */
export type LooseCollection = { type: 'FeatureCollection'; features: LooseFeature[] } & Record<string, unknown>;
/** The four map layers' collections. */
export type MapCollections = Record<MapLayer, LooseCollection>;

/**
 * What happened to one feature, for the summary, the history and the import preview. Distances are
 * metres between the geometries' centres, the direction the nearest of eight compass points.
 * `follows`: moved along with another feature of the same edit (a walkway corner under a moved check-in point).
 */
export type MapChange =
  | { kind: 'moved'; layer: MapLayer; id: string; metres: number; direction: CompassPoint; follows?: string }
  | { kind: 'reshaped'; layer: MapLayer; id: string; metres: number; direction: CompassPoint; follows?: string }
  | { kind: 'added'; layer: MapLayer; id: string }
  | { kind: 'deleted'; layer: MapLayer; id: string }
  | { kind: 'properties'; layer: MapLayer; id: string; keys: string[] };
