import { FIRST_VIEW_TOP, firstView, firstViewSvg, type FirstViewInput, type FirstViewMark } from '../core/map/firstView';
import { KIND_COLOURS, STATUS_COLOURS } from '../core/style/palette';
import { escapeHtml } from '../core/text/escapeHtml';
import type { MapProps } from '../browser/map/mapProps';

/** A phone's map (390 × 844 screen): which building numbers fit is decided for this size. */
const PHONE_MAP = { width: 388, height: 590 };

/**
 * The home page's map before its JavaScript: the SVG first view (`core/map/firstView`) in a box exactly where the
 * live map's box will be, the check-in numbers and building numbers laid over it in HTML. It is the map without
 * JavaScript, and the first paint with it; the island removes it once Leaflet has drawn (`retireFirstView`).
 * Marks sit at `--x`/`--y` SVG units from the view's centre; CSS turns units into px with the same scale the SVG
 * uses (`map.css`, "First view").
 */
export function firstViewHtml(props: Pick<MapProps, 'view' | 'base' | 'buildings' | 'landmarks' | 'anchors'>, title: string): string {
  const landmarks = props.landmarks.features;
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
    pins: landmarks.filter((l) => l.properties.kind === 'checkin').sort((a, b) => (a.properties.order ?? 0) - (b.properties.order ?? 0))
      .map((l) => ({ at: props.anchors[l.id]!, label: String(l.properties.order ?? ''), colour: KIND_COLOURS.checkin })),
    declutterFor: PHONE_MAP,
  });
  const mark = (className: string) => (m: FirstViewMark) => `<span class="${className}" style="--x:${m.dx};--y:${m.dy}${m.colour ? `;--c:${m.colour}` : ''}">${escapeHtml(m.text)}</span>`;
  return `<div class="cm-static" data-first-view style="--fit-top:${FIRST_VIEW_TOP}px">${firstViewSvg(v, title, 'cm-static-svg')}`
    + `<div class="cm-static-marks" aria-hidden="true" style="--w:${v.width};--h:${v.height}">${v.labels.map(mark('cm-static-label')).join('')}${v.pins.map(mark('cm-static-pin')).join('')}</div></div>`;
}
