import { gpx, kml } from '@tmcw/togeojson';
import osmtogeojson from 'osmtogeojson';
import type { Geometry, Position } from '../../schemas/geojson';

/** The file formats the importer reads (no hand-written parsers: togeojson and osmtogeojson do the reading). */
export const IMPORT_FORMATS = ['geojson', 'kml', 'gpx', 'osm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Largest file read: a community's survey is a few hundred kilobytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most features read from one file. */
export const MAX_IMPORT_FEATURES = 5000;

/** One feature read from a file: how the file names it (`ref`: id, name or position in the file), its geometry (2-D, WGS 84 or the file's datum) and properties. */
export type ImportedFeature = { ref: string; id?: string; geometry: Geometry; properties: Record<string, unknown> };

/** Why a file could not be read, as a code the pages and the command translate (`import.error.<code>`). */
export type ImportError =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'unknown-format'; name: string }
  | { code: 'malformed'; format: ImportFormat; detail: string }
  | { code: 'empty'; format: ImportFormat };

export type ParsedMapFile =
  | { ok: true; format: ImportFormat; features: ImportedFeature[]; skipped: number }
  | { ok: false; error: ImportError };

/** Reads XML text into a DOM Document: the browser's `DOMParser`, `@xmldom/xmldom` in Node. Throws on malformed XML. */
export type ParseXml = (text: string) => unknown;

/** The format of a file, from its name's ending, else from how its text starts. */
export function detectFormat(name: string, text: string): ImportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'kml' || ext === 'gpx' || ext === 'osm') return ext;
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (/<kml[\s>]/.test(head)) return 'kml';
  if (/<gpx[\s>]/.test(head)) return 'gpx';
  if (/<osm[\s>]/.test(head)) return 'osm';
  return undefined;
}

type RawFeature = { type?: unknown; id?: unknown; geometry?: { type?: unknown; coordinates?: unknown; geometries?: unknown } | null; properties?: Record<string, unknown> | null };

/**
 * Reads a GeoJSON, KML, GPX or OSM XML file into plain features, refusing what is too big, malformed or
 * empty with a code that says so. Points, lines and polygons are kept (a one-part Multi… as its part, heights
 * dropped); other geometries are counted in `skipped`. Coordinates are left in the file's datum. Pure apart
 * from `parseXml`, so the browser and the command share it.
 */
export function parseMapFile(file: { name: string; text: string }, parseXml: ParseXml): ParsedMapFile {
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large', bytes, max: MAX_IMPORT_BYTES } };
  const format = detectFormat(file.name, file.text);
  if (!format) return { ok: false, error: { code: 'unknown-format', name: file.name } };
  let raw: RawFeature[];
  try {
    raw = readRaw(format, file.text, parseXml);
  } catch (error) {
    return { ok: false, error: { code: 'malformed', format, detail: String((error as Error).message ?? error).split('\n')[0]!.slice(0, 200) } };
  }
  if (raw.length > MAX_IMPORT_FEATURES) return { ok: false, error: { code: 'too-many', count: raw.length, max: MAX_IMPORT_FEATURES } };
  const features: ImportedFeature[] = [];
  let skipped = 0;
  raw.forEach((f, i) => {
    // A file's `features` may hold anything: null, a number, a string are no features.
    const geometry = f && typeof f === 'object' ? plainGeometry(f.geometry) : undefined;
    if (!geometry) { skipped += 1; return; }
    const properties = f.properties && typeof f.properties === 'object' ? f.properties : {};
    const id = typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : typeof properties.id === 'string' ? properties.id : undefined;
    const name = typeof properties.name === 'string' ? properties.name : undefined;
    features.push({ ref: id ?? name ?? `#${i + 1}`, ...(id !== undefined && { id }), geometry, properties });
  });
  if (!features.length) return { ok: false, error: { code: 'empty', format } };
  return { ok: true, format, features, skipped };
}

function readRaw(format: ImportFormat, text: string, parseXml: ParseXml): RawFeature[] {
  if (format === 'geojson') {
    const json = JSON.parse(text) as { type?: unknown; features?: unknown; geometry?: unknown; coordinates?: unknown };
    if (json?.type === 'FeatureCollection' && Array.isArray(json.features)) return json.features as RawFeature[];
    if (json?.type === 'Feature') return [json as RawFeature];
    if (typeof json?.type === 'string' && 'coordinates' in json) return [{ type: 'Feature', geometry: json as RawFeature['geometry'], properties: {} }];
    throw new Error('not a GeoJSON FeatureCollection, Feature or geometry');
  }
  const doc = parseXml(text) as { getElementsByTagName?: (name: string) => { length: number } } | null;
  if (!doc?.getElementsByTagName) throw new Error('not XML');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('not well-formed XML');
  const root = { kml: 'kml', gpx: 'gpx', osm: 'osm' }[format];
  if (!doc.getElementsByTagName(root).length) throw new Error(`no <${root}> element`);
  if (format === 'kml') return kml(doc as Parameters<typeof kml>[0]).features as RawFeature[];
  if (format === 'gpx') return gpx(doc as Parameters<typeof gpx>[0]).features as RawFeature[];
  return osmtogeojson(doc, { flatProperties: true }).features as RawFeature[];
}

/** A longitude and latitude on the Earth (a latitude of 1e308 is no place, not one “Infinity km” away). */
const isPosition = (p: unknown): p is number[] => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))
  && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
const pos = (p: unknown): Position => { if (!isPosition(p)) throw new Error('bad position'); return [p[0]!, p[1]!]; };

/** A Point, LineString or Polygon with 2-D positions, or undefined for anything else. */
function plainGeometry(g: RawFeature['geometry']): Geometry | undefined {
  if (!g || typeof g.type !== 'string') return undefined;
  try {
    const c = g.coordinates as unknown[];
    switch (g.type) {
      case 'Point': return { type: 'Point', coordinates: pos(c) };
      case 'LineString': return c.length >= 2 ? { type: 'LineString', coordinates: c.map(pos) } : undefined;
      case 'Polygon': return c.length ? { type: 'Polygon', coordinates: (c as unknown[][]).map((r) => r.map(pos)) } : undefined;
      case 'MultiPoint': case 'MultiLineString': case 'MultiPolygon':
        return c.length === 1 ? plainGeometry({ type: g.type.slice(5), coordinates: c[0] }) : undefined;
      case 'GeometryCollection': {
        const parts = Array.isArray(g.geometries) ? g.geometries : [];
        return parts.length === 1 ? plainGeometry(parts[0] as RawFeature['geometry']) : undefined;
      }
      default: return undefined;
    }
  } catch {
    return undefined;
  }
}
