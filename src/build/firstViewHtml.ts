import { FIRST_VIEW_TOP, firstView, firstViewSvg, type FirstViewInput, type FirstViewMark } from '../core/map/firstView';
import { KIND_COLOURS, STATUS_COLOURS } from '../core/style/palette';
import { escapeHtml } from '../core/text/escapeHtml';
import type { MapProps } from '../browser/map/mapProps';
import type { BaseFeature } from '../schemas/baseFeature';
import type { Building } from '../schemas/building';
import type { Position } from '../schemas/geojson';

/** A phone's map (390 × 844 screen): which building numbers fit is decided for this size. */
const PHONE_MAP = { width: 388, height: 590 };

/**
 * The home page's map before its JavaScript: the SVG first view (`core/map/firstView`) in a box exactly where the
 * live map's box will be, the check-in numbers and building numbers laid over it in HTML. It is the map without
 * JavaScript, and the first paint with it; the island removes it once Leaflet has drawn (`retireFirstView`).
 * Marks sit at `--x`/`--y` SVG units from the view's centre; CSS turns units into px with the same scale the SVG
 * uses (`map.css`, "First view").
 */
export function firstViewHtml(props: Pick<MapProps, 'view' | 'base' | 'buildings' | 'landmarks' | 'anchors'> & { credit?: string; tiles?: MapProps['tiles'] }, title: string, picker?: PickerOptions): string {
  const landmarks = props.landmarks.features;
  const top = picker ? 0 : FIRST_VIEW_TOP;
  const v = firstView({
    bounds: props.view.bounds as [[number, number], [number, number]],
    base: props.base.features,
    buildings: props.buildings.features.map((b) => ({
      ring: b.geometry.coordinates[0]!, fill: STATUS_COLOURS[b.properties.status], number: b.properties.number, at: props.anchors[b.id] ?? b.geometry.coordinates[0]![0]!,
    })),
    shapes: landmarks.flatMap((l): FirstViewInput['shapes'] => {
      const g = l.geometry;
      if (l.properties.kind === 'walkway' && g.type === 'LineString') return [{ kind: 'walkway' as const, coordinates: g.coordinates, colour: KIND_COLOURS.walkway }];
      if (g.type === 'Polygon') return [{ kind: 'area' as const, coordinates: g.coordinates[0]!, colour: KIND_COLOURS[l.properties.kind] }];
      return [];
    }),
    pins: picker ? [] : landmarks.filter((l) => l.properties.kind === 'checkin').sort((a, b) => (a.properties.order ?? 0) - (b.properties.order ?? 0))
      .map((l) => ({ at: props.anchors[l.id]!, label: String(l.properties.order ?? ''), colour: KIND_COLOURS.checkin })),
    // The picker shows every building number, as its live map does.
    declutterFor: picker ? undefined : PHONE_MAP,
  });
  const dots = (picker?.dots ?? []).map((at) => { const [dx, dy] = v.offsetOf(at); return { dx, dy, text: '' }; });
  const mark = (className: string) => (m: FirstViewMark) => `<span class="${className}" style="--x:${m.dx};--y:${m.dy}${m.colour ? `;--c:${m.colour}` : ''}">${escapeHtml(m.text)}</span>`;
  // Leaflet keeps its first fit within the community's zoom limits; so does the first view (px per SVG unit).
  const px = (zoom: number) => `${((256 * 2 ** zoom) / v.unitsPerWorld).toPrecision(6)}px`;
  const style = `--fit-top:${top}px;--w:${v.width};--h:${v.height};--s-min:${px(props.view.minZoom)};--s-max:${px(props.view.maxZoom)}`;
  // The map's credit where Leaflet's attribution will be, in its words, markup and style, so nothing changes there when
  // Leaflet takes over (with the tiles' credit, as the tiles will come: HTML from the site's own settings, as Leaflet
  // shows it); without JavaScript, without "Leaflet" or tiles.
  const tileCredit = props.tiles ? `, ${props.tiles.attribution}` : '';
  const credit = props.credit === undefined ? ''
    : `<p class="cm-static-credit"><span class="cm-static-js">Leaflet <span aria-hidden="true">|</span> ${escapeHtml(props.credit)}${tileCredit}</span><span class="cm-static-nojs">${escapeHtml(props.credit)}</span></p>`;
  return `<div class="cm-static${picker ? ' cm-static-picker' : ''}" data-first-view style="${style}">${firstViewSvg(v, title, 'cm-static-svg')}`
    + `<div class="cm-static-marks" aria-hidden="true">${dots.map(mark('cm-static-dot')).join('')}${v.labels.map(mark('cm-static-label')).join('')}${v.pins.map(mark('cm-static-pin')).join('')}</div>${credit}</div>`;
}

/** The location picker's first view (submit form): no room left at the top, every number, landmarks as small dots, no pins. */
export type PickerOptions = { dots: readonly Position[] };

/** The submit form's picker map before its JavaScript, from what the form already has (`build/submitFormData.ts`). */
export function pickerFirstViewHtml(f: { bounds: readonly [Position, Position]; minZoom: number; maxZoom: number; base: BaseFeature[]; buildings: Building[]; labels: readonly { number: number; at: Position }[]; dots: readonly Position[] }, title: string): string {
  const at = new Map(f.labels.map((l) => [l.number, l.at]));
  return firstViewHtml({
    view: { bounds: f.bounds as [Position, Position], minZoom: f.minZoom, maxZoom: f.maxZoom, defaultZoom: f.minZoom },
    base: { type: 'FeatureCollection', features: f.base }, buildings: { type: 'FeatureCollection', features: f.buildings },
    landmarks: { type: 'FeatureCollection', features: [] },
    anchors: Object.fromEntries(f.buildings.flatMap((b) => (at.has(b.properties.number) ? [[b.id, at.get(b.properties.number)!]] : []))),
  }, title, { dots: f.dots });
}
