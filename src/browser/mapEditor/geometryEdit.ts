import { distanceAndDirection } from '../../core/geo/distanceAndDirection';
import { round6 } from '../../core/geo/round6';
import { outlineFromCorners } from '../../core/survey/outlineFromCorners';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry, Position } from '../../schemas/geojson';
import type { Shift } from '../map/datumShift';
import type { EditorText, EditorTextKey } from './editorText';

/**
 * A geometry as Leaflet or Geoman handed it back, made ready to save: shifted back to WGS 84 when the map is drawn
 * on GCJ-02 tiles, rounded to 6 decimals, a polygon's outer ring closed and counter-clockwise.
 */
export function cleanGeometry(g: Geometry, fromMap?: Shift): Geometry {
  const fix = (p: Position): Position => { const [x, y] = fromMap ? fromMap([p[0], p[1]]) : p; return [round6(x), round6(y)]; };
  if (g.type === 'Point') return { type: 'Point', coordinates: fix(g.coordinates) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(fix) };
  const [outer, ...holes] = g.coordinates.map((r) => r.map(fix));
  const ring = outlineFromCorners(outer!)?.coordinates[0] ?? outer!;
  return { type: 'Polygon', coordinates: [ring, ...holes] };
}

/**
 * How a feature moved, in the moderator's words: "Moved 212 m south-east" (between the geometries' centres), or
 * for a changed shape whose centre stayed, "New shape, 4 corners".
 */
export function describeMove(before: Geometry, after: Geometry, text: EditorText): string {
  const { metres, direction } = distanceAndDirection(centre(before), centre(after));
  if (after.type === 'Polygon' && metres < 0.5) return fill(text['mapEditor.reshaped'], { corners: after.coordinates[0]!.length - 1 });
  return fill(text['mapEditor.moved'], { metres: metres >= 10 ? Math.round(metres) : Math.round(metres * 10) / 10, direction: text[`dir.${direction}` as EditorTextKey] });
}

/** The mean of a geometry's positions (its first ring for a polygon), for the line from old to new. */
export function centre(g: Geometry): Position {
  const ps = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates[0]!.slice(0, -1);
  return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
}
