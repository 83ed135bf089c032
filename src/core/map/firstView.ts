import type { BaseFeature } from '../../schemas/baseFeature';
import type { Position } from '../../schemas/geojson';
import { BASE_MAP_COLOURS as C } from '../style/baseMapColours';
import { escapeHtml as escapeXml } from '../text/escapeHtml';
import { placeLabels } from './placeLabels';

/**
 * Room the live map leaves at its top when it fits the community (px): the search box floats there. The SVG first
 * view leaves the same room, so both show the community in the same place.
 */
export const FIRST_VIEW_TOP = 72;

/** Width of the first view's SVG in its own units; its height follows the community's shape. */
export const FIRST_VIEW_UNITS = 1000;

/** Above this many buildings the SVG draws a grid of coloured cells instead of each outline (see `firstView`). */
export const FULL_DETAIL_MAX = 2000;

/** The simplified view's grid has at most this many columns (and as many rows): ≤ 6,400 cells, under 150 KB of SVG. */
export const GRID_MAX = 80;

/** At most this many building numbers in the first view (the live map shows at most 400 labels too). */
const LABELS_MAX = 400;

/**
 * Web Mercator (EPSG:3857, as Leaflet projects), as fractions of the world: x from 0 (180° W) to 1, y from 0 (north) to 1.
 * @example mercator([0, 0]) → [0.5, 0.5]
 */
export function mercator([lng, lat]: Position | readonly number[]): [number, number] {
  const φ = (Math.max(-85.0511287798, Math.min(85.0511287798, lat!)) * Math.PI) / 180;
  return [(lng! + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / (2 * Math.PI)];
}

export type FirstViewInput = {
  /** `[[w, s], [e, n]]`: the area the live map fits on load. */
  bounds: readonly [Position, Position];
  base: readonly BaseFeature[];
  /** Building outlines (outer ring), fill colour and the anchor of their number. */
  buildings: readonly { ring: readonly Position[]; fill: string; number: number; at: Position }[];
  /** Landmark shapes drawn under the pins: the walkway (a line) and areas such as the pet area (polygons). */
  shapes: readonly { kind: 'walkway' | 'area'; coordinates: readonly Position[]; colour: string }[];
  /** Numbered pins (check-in points), in order. */
  pins: readonly { at: Position; label: string; colour: string }[];
  /**
   * Which building numbers fit is decided once, for this map size in px (a phone's): numbers that would overlap
   * a pin or another number there are left out (the live map lays them out again for the real size).
   */
  declutterFor?: { width: number; height: number };
};

/** A mark drawn over the SVG in HTML (so its text keeps its size in px): its offset from the view's centre, in SVG units. */
export type FirstViewMark = { dx: number; dy: number; text: string; colour?: string };

export type FirstView = {
  /** The SVG's viewBox size: `FIRST_VIEW_UNITS` wide. */
  width: number;
  height: number;
  /** The SVG's content (no `<svg>` element: the page adds it with its own attributes). */
  body: string;
  labels: FirstViewMark[];
  pins: FirstViewMark[];
  /** True when the buildings are drawn as a grid of cells (a very large estate). */
  simplified: boolean;
  /** Where a place goes, as a mark's offset from the centre (SVG units). */
  offsetOf: (at: Position) => [number, number];
  /** SVG units per Web Mercator world width: at zoom z, one unit is 256 · 2^z / unitsPerWorld px (Leaflet's scale). */
  unitsPerWorld: number;
};

/**
 * The community as the live map first shows it, drawn as SVG at build time: Web Mercator like Leaflet, scaled so
 * that `bounds` fill `FIRST_VIEW_UNITS` across. Shown with `preserveAspectRatio="xMidYMid meet"` in the map's box
 * minus `FIRST_VIEW_TOP`, it lands exactly where Leaflet's `fitBounds(bounds, { paddingTopLeft: [0, FIRST_VIEW_TOP],
 * zoomSnap: 0 })` puts the same shapes (SVG and Leaflet both scale the bounds to fit and centre them). Line widths
 * are screen pixels (`vector-effect: non-scaling-stroke`) as Leaflet's are; numbers and pins come back as marks for
 * HTML, so their text stays 12–15 px at any size. Above `FULL_DETAIL_MAX` buildings, outlines merge into a grid of
 * at most `GRID_MAX`² cells coloured by their most common status, so the SVG stays small.
 */
export function firstView(m: FirstViewInput): FirstView {
  const [[w, s], [e, n]] = m.bounds;
  const [x0, y0] = mercator([w, n]);
  const [x1, y1] = mercator([e, s]);
  const k = FIRST_VIEW_UNITS / (x1 - x0);
  const width = FIRST_VIEW_UNITS;
  const height = round((y1 - y0) * k);
  const xy = (p: Position | readonly number[]): [number, number] => { const [x, y] = mercator(p); return [round((x - x0) * k), round((y - y0) * k)]; };
  const d = (ring: readonly Position[], close: boolean) => {
    let out = '';
    let last: [number, number] | undefined;
    for (const p of ring) {
      const q = xy(p);
      out += last ? `l${round(q[0] - last[0])} ${round(q[1] - last[1])}` : `M${q[0]} ${q[1]}`;
      last = q;
    }
    return close ? `${out}z` : out;
  };
  const parts: string[] = [];
  const ns = 'vector-effect="non-scaling-stroke"';
  // The ground around the estate, as the live map's background.
  parts.push(`<rect x="-100000" y="-100000" width="200000" height="200000" fill="#ebe6dc"/>`);
  for (const f of m.base) {
    const g = f.geometry;
    const kind = f.properties.kind;
    if (kind === 'boundary' && g.type === 'Polygon') parts.push(`<path d="${d(g.coordinates[0]!, true)}" fill="${C.ground}" stroke="${C.boundary}" stroke-width="2" stroke-dasharray="6 4" ${ns}/>`);
    else if (kind === 'green' && g.type === 'Polygon') parts.push(`<path d="${d(g.coordinates[0]!, true)}" fill="${C.green}"/>`);
  }
  const roads = m.base.flatMap((f) => (f.properties.kind === 'road' && f.geometry.type === 'LineString' ? [d(f.geometry.coordinates, false)] : []));
  if (roads.length) parts.push(`<path d="${roads.join('')}" fill="none" stroke="${C.road}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round" ${ns}/>`);
  const gates = m.base.flatMap((f) => (f.properties.kind === 'gate' && f.geometry.type === 'Point' ? [xy(f.geometry.coordinates)] : []));
  if (gates.length) {
    const dots = gates.map(([x, y]) => `M${x} ${y}h0`).join('');
    parts.push(`<path d="${dots}" stroke="${C.gate}" stroke-width="14" stroke-linecap="round" ${ns}/><path d="${dots}" stroke="#fff" stroke-width="10" stroke-linecap="round" ${ns}/>`);
  }
  const simplified = m.buildings.length > FULL_DETAIL_MAX;
  if (simplified) parts.push(...gridOfBuildings(m.buildings.map((b) => ({ at: xy(b.at), fill: b.fill })), width, height));
  else {
    // One path per colour: the outline and fill of every building of that status.
    const byFill = new Map<string, string[]>();
    for (const b of m.buildings) {
      if (!byFill.has(b.fill)) byFill.set(b.fill, []);
      byFill.get(b.fill)!.push(d(b.ring, true));
    }
    for (const [fill, paths] of byFill) parts.push(`<path d="${paths.join('')}" fill="${fill}" stroke="${C.buildingOutline}" stroke-width="1" ${ns}/>`);
  }
  for (const sh of m.shapes) {
    if (sh.kind === 'walkway') parts.push(`<path d="${d(sh.coordinates, false)}" fill="none" stroke="${sh.colour}" stroke-opacity=".95" stroke-width="6" stroke-dasharray="1 9" stroke-linecap="round" stroke-linejoin="round" ${ns}/>`);
    else parts.push(`<path d="${d(sh.coordinates, true)}" fill="${sh.colour}" fill-opacity=".35" stroke="${sh.colour}" stroke-width="2" ${ns}/>`);
  }
  const centre = (p: Position): [number, number] => { const [x, y] = xy(p); return [round(x - width / 2), round(y - height / 2)]; };
  const pins = m.pins.map((p) => { const [dx, dy] = centre(p.at); return { dx, dy, text: p.label, colour: p.colour }; });
  const labels = simplified ? [] : numbersThatFit(m.buildings.map((b) => { const [dx, dy] = centre(b.at); return { dx, dy, text: String(b.number) }; }), pins, width, height, m.declutterFor);
  return { width, height, body: parts.join(''), labels, pins, simplified, offsetOf: centre, unitsPerWorld: k };
}

/** Building numbers that overlap neither a pin nor each other at the given map size (all of them when none is given). */
function numbersThatFit(labels: FirstViewMark[], pins: readonly FirstViewMark[], width: number, height: number, size?: { width: number; height: number }): FirstViewMark[] {
  if (!size) return labels.slice(0, LABELS_MAX);
  const scale = Math.min(size.width / width, (size.height - FIRST_VIEW_TOP) / height);
  // The live map's labels: 12 px bold digits (about 7.5 px each) on a 16 px line; check-in pins are 30 px dots.
  const box = (l: FirstViewMark, w: number, h: number) => ({ x: l.dx * scale - w / 2, y: l.dy * scale - h / 2, w, h });
  const shown = placeLabels(labels.map((l) => ({ ...box(l, l.text.length * 7.5 + 2, 16), priority: 1 })), pins.map((p) => box(p, 30, 30)));
  return labels.filter((_, i) => shown[i] !== null).slice(0, LABELS_MAX);
}

/** Very large estates: buildings merged into square cells on a grid of at most `GRID_MAX` columns and rows, each cell in its most common colour, drawn as horizontal runs. */
function gridOfBuildings(points: readonly { at: [number, number]; fill: string }[], width: number, height: number): string[] {
  const cell = Math.max(width, height) / GRID_MAX;
  const counts = new Map<string, Map<string, number>>();
  for (const p of points) {
    const key = `${Math.floor(p.at[0] / cell)},${Math.floor(p.at[1] / cell)}`;
    const c = counts.get(key) ?? new Map<string, number>();
    c.set(p.fill, (c.get(p.fill) ?? 0) + 1);
    counts.set(key, c);
  }
  const winner = new Map<string, string>();
  for (const [key, c] of counts) winner.set(key, [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  const rows = new Map<string, string[]>();
  const cols = Math.ceil(width / cell);
  for (let j = 0; j * cell < height; j += 1) {
    let i = 0;
    while (i < cols) {
      const fill = winner.get(`${i},${j}`);
      if (!fill) { i += 1; continue; }
      let run = 1;
      while (winner.get(`${i + run},${j}`) === fill) run += 1;
      if (!rows.has(fill)) rows.set(fill, []);
      rows.get(fill)!.push(`M${round(i * cell)} ${round((j + 0.5) * cell)}h${round(run * cell)}`);
      i += run;
    }
  }
  return [...rows].map(([fill, runs]) => `<path d="${runs.join('')}" stroke="${fill}" stroke-width="${round(cell * 0.8)}"/>`);
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The SVG element of a first view, with its accessible name (the page adds it to its own markup). */
export function firstViewSvg(v: FirstView, title: string, className: string): string {
  return `<svg class="${className}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.width} ${v.height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(title)}">${v.body}</svg>`;
}
