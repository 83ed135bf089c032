import gcoord from 'gcoord';
import type { Geometry, Position } from '../../schemas/geojson';
import { DATUMS } from '../../schemas/mapEnums';
import type { Datum } from '../../schemas/provenance';

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** Whether `name` is a datum the importer knows (`wgs84`, `gcj02`, `bd09`). */
export function isDatum(name: string): name is Datum {
  return (DATUMS as readonly string[]).includes(name);
}

/**
 * A position in `datum` as WGS 84 (gcoord): GCJ-02 is what Amap and Tencent show and copy, BD-09 Baidu's;
 * in Changzhou each is some 500 m (GCJ-02) or 1 km (BD-09) off the true place.
 * @example toWgs84([120.004, 31.786], 'gcj02') → ≈ [119.9995, 31.7881]
 */
export function toWgs84(p: Position, datum: Datum): Position {
  if (datum === 'wgs84') return [p[0], p[1]];
  const [x, y] = gcoord.transform([p[0], p[1]], CRS[datum], gcoord.WGS84) as [number, number];
  return [x, y];
}

/** A WGS 84 position in `datum`: the inverse of `toWgs84` (to well under a metre). */
export function fromWgs84(p: Position, datum: Datum): Position {
  if (datum === 'wgs84') return [p[0], p[1]];
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.WGS84, CRS[datum]) as [number, number];
  return [x, y];
}

/** Every position of a geometry converted by `convert`. */
export function mapPositions(g: Geometry, convert: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { type: 'Point', coordinates: convert(g.coordinates) };
    case 'LineString': return { type: 'LineString', coordinates: g.coordinates.map(convert) };
    case 'Polygon': return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(convert)) };
  }
}
