import { lengthToDegrees } from '@turf/helpers';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';
import type { Position } from '../../schemas/geojson';
import { BASE_MAP_COLOURS as C } from '../style/baseMapColours';
import { STATUS_COLOURS } from '../style/palette';
import { escapeHtml as escapeXml } from '../text/escapeHtml';

export type StaticMapInput = {
  /** `[[w, s], [e, n]]` of the area to draw. */
  bounds: [Position, Position];
  base: readonly BaseFeature[];
  buildings: readonly Building[];
  walkway?: readonly Position[];
  /** Numbered trail points. */
  points: readonly { at: Position; label: string }[];
  /** A way to walk, drawn solid over the walkway with an arrowhead at its end. */
  route?: readonly Position[];
  /** Small text labels, e.g. the number of a building to look for. */
  labels?: readonly { at: Position; text: string }[];
  /** A "you are here" ring around one place, with its caption. */
  here?: { at: Position; caption: string };
  /** Width in SVG units; the height follows the area's shape. */
  width: number;
  /** Accessible name of the picture. */
  title: string;
};

/**
 * A small map as an SVG string, drawn at build time: no JavaScript, no tiles, prints sharply, works offline.
 * Equirectangular with the cosine of the latitude, exact enough for a neighbourhood.
 * @example staticMapSvg({ bounds, base, buildings, points: [], width: 300, title: '小地图' }).startsWith('<svg')
 */
/** How far outside the frame (SVG units) a shape may lie and still be drawn: strokes and labels reach in. */
const FRAME_MARGIN = 20;

export function staticMapSvg(m: StaticMapInput): string {
  const [[w, s], [e, n]] = m.bounds;
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = m.width / ((e - w) * kx);
  const height = Math.round((n - s) * scale);
  const xy = ([lng, lat]: Position) => `${((lng - w) * kx * scale).toFixed(1)},${((n - lat) * scale).toFixed(1)}`;
  const path = (ring: readonly Position[], close: boolean) => `M${ring.map(xy).join('L')}${close ? 'Z' : ''}`;
  // A close-up (a check-in page's way to the next stop) draws only what reaches into its frame: the rest of the
  // estate would be most of the page's bytes and none of what the child sees.
  const seen = (ring: readonly Position[]) => {
    const pts = ring.map(([lng, lat]) => [(lng - w) * kx * scale, (n - lat) * scale] as const);
    return !(pts.every(([x]) => x < -FRAME_MARGIN) || pts.every(([x]) => x > m.width + FRAME_MARGIN)
      || pts.every(([, y]) => y < -FRAME_MARGIN) || pts.every(([, y]) => y > height + FRAME_MARGIN));
  };
  const parts: string[] = [];
  for (const f of m.base) {
    const g = f.geometry;
    if ((g.type === 'Polygon' && !seen(g.coordinates[0]!)) || (g.type === 'LineString' && !seen(g.coordinates))) continue;
    if (g.type === 'Polygon') parts.push(`<path d="${path(g.coordinates[0]!, true)}" fill="${f.properties.kind === 'green' ? C.green : C.ground}" stroke="${f.properties.kind === 'boundary' ? C.boundary : 'none'}" stroke-width="1.5"/>`);
    // scale is SVG units per degree: a road's width in metres goes through degrees first.
    if (g.type === 'LineString') parts.push(`<path d="${path(g.coordinates, false)}" fill="none" stroke="${C.road}" stroke-width="${Math.max(2, lengthToDegrees(f.properties.widthM ?? 4, 'meters') * scale * 0.9).toFixed(1)}"/>`);
  }
  for (const b of m.buildings.filter((b) => seen(b.geometry.coordinates[0]!))) parts.push(`<path d="${path(b.geometry.coordinates[0]!, true)}" fill="${STATUS_COLOURS[b.properties.status]}" stroke="${C.buildingOutline}" stroke-width=".5"/>`);
  if (m.walkway) parts.push(`<path d="${path(m.walkway, false)}" fill="none" stroke="#f2a900" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" stroke-dasharray="1 7"/>`);
  if (m.route && m.route.length > 1) parts.push(routePath(m.route.map((p) => xy(p).split(',').map(Number) as [number, number])));
  for (const l of m.labels ?? []) {
    const [x, y] = xy(l.at).split(',');
    parts.push(`<text x="${x}" y="${y}" dy=".35em" text-anchor="middle" font-size="${Math.max(11, m.width / 30).toFixed(1)}" font-weight="700" fill="${C.buildingOutline}" stroke="#fff" stroke-width="3" paint-order="stroke" font-family="system-ui,sans-serif">${escapeXml(l.text)}</text>`);
  }
  const r = Math.max(7, m.width / 45);
  for (const p of m.points) {
    const [x, y] = xy(p.at).split(',');
    parts.push(`<circle cx="${x}" cy="${y}" r="${r.toFixed(1)}" fill="#b3261e" stroke="#fff" stroke-width="1.5"/><text x="${x}" y="${y}" dy=".35em" text-anchor="middle" font-size="${(r * 1.1).toFixed(1)}" font-weight="700" fill="#fff" font-family="system-ui,sans-serif">${escapeXml(p.label)}</text>`);
  }
  if (m.here) {
    const [x, y] = xy(m.here.at).split(',');
    parts.push(`<circle cx="${x}" cy="${y}" r="${(r * 2.2).toFixed(1)}" fill="none" stroke="${C.highlight}" stroke-width="4"/><text x="${x}" y="${(Number(y) - r * 2.6).toFixed(1)}" text-anchor="middle" font-size="${(r * 1.4).toFixed(1)}" font-weight="700" fill="${C.highlight}" stroke="#fff" stroke-width="3" paint-order="stroke" font-family="system-ui,sans-serif">${escapeXml(m.here.caption)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.width} ${height}" role="img" aria-label="${escapeXml(m.title)}"><title>${escapeXml(m.title)}</title>${parts.join('')}</svg>`;
}


/** A solid blue line along `pts` (SVG units) ending in an arrowhead pointing the way it goes. */
function routePath(pts: [number, number][]): string {
  const [x1, y1] = pts[pts.length - 2]!;
  const [x2, y2] = pts[pts.length - 1]!;
  const a = Math.atan2(y2 - y1, x2 - x1);
  const head = [a + 2.6, a - 2.6].map((t) => `${(x2 + 14 * Math.cos(t)).toFixed(1)},${(y2 + 14 * Math.sin(t)).toFixed(1)}`);
  return `<path d="M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>`
    + `<path d="M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}" fill="none" stroke="${C.highlight}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`
    + `<path d="M${head[0]}L${x2.toFixed(1)},${y2.toFixed(1)}L${head[1]}Z" fill="${C.highlight}" stroke="${C.highlight}" stroke-width="2" stroke-linejoin="round"/>`;
}
