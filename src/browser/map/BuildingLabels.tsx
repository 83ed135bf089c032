import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { pickText } from '../../core/i18n/pickText';
import { type Box, overlaps, placeLabels } from '../../core/map/placeLabels';
import { boxOf, floatingControls } from './floatingControls';
import { inSlices, SHORT_TASK_MS } from './nextTask';
import { toLatLng } from '../../core/map/toLatLng';
import { escapeHtml } from '../../core/text/escapeHtml';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';
import type { Position } from '../../schemas/geojson';
import type { Locale } from '../../schemas/locale';
import type { Shift } from './datumShift';

/** Stairwell numbers from this zoom on: below it they crowd out the building numbers. */
const STAIRWELL_ZOOM = 18.5;
/** At most this many labels at once, so a very large estate stays fast. */
const MAX_LABELS = 400;
/** Labels made per task when the map first shows (making a label's marker takes a phone about 1 ms). */
const LABEL_SLICE = 25;
/** Higher first: building numbers, then place names (roads, gates, greens), then stairwell numbers; after them all, a
 * building number no room on its building was left for tries its last places, against it (`AGAINST_BUILDING`). */
const PRIORITY = { building: 3, place: 2, stairwell: 1 } as const;

/** Where a building number may move (px at the fitted zoom, scaled with the zoom) when a pin or a place name covers its
 * centre: along the (usually long) building, never off it toward a neighbour. */
const ALONG_BUILDING = [[-13, 0], [13, 0], [-20, 0], [20, 0]] as const;
/** Last, where a number still covered may go (`placeLabels`' last places): against its building, just above or just
 * below its outline, in the middle or along it (px at the fitted zoom, like `ALONG_BUILDING`), into room no other label
 * and no pin takes, and only where the number is still plainly nearer its own building than any other (by this many
 * px). Not when zoomed out past the first view: there the buildings crowd, and a number beside one reads as the next
 * one's. On a 412 px phone's first view 59 of the 62 numbers show instead of 48, the road and green names as before. */
const AGAINST_BUILDING = { along: [0, -13, 13], clearOfOthers: 4 } as const;
/** Where a stairwell number may move (px) when a pin covers its door (a celebrity stairwell's star stands on it) or
 * its building's number does. Doors are not drawn on the map, so the number stays in line with its door where it can:
 * under it, then over it, clear of a pin's 24 px dot; beside it (some 55 px from the next door at the zoom numbers
 * show from, so nearer its own); last, further under, clear of a check-in point's 30 px dot (38 px in 长辈模式). */
const BESIDE_DOOR = [[0, 26], [0, -26], [-24, 0], [24, 0], [0, 34]] as const;

type Props = {
  buildings: Building[]; anchors: Record<string, Position>; stairwells: Record<string, Position>; base: BaseFeature[];
  lang: Locale; shift?: Shift; label: (n: number) => string;
  /** Told once the first labels are laid out and shown (the home page then removes its SVG first view). */
  onShown?: () => void;
};
type Candidate = { text: string; title: string; at: L.LatLng; kind: keyof typeof PRIORITY; gate?: boolean; outline?: Position[] };

/**
 * Labels on the map at every zoom: building numbers, road, gate and green-space names, and (zoomed in) stairwell
 * numbers. After each move all labels in view are laid out, measured, and those that would overlap a more important
 * label or a pin wait for a closer zoom (`placeLabels`). Non-interactive, hidden from screen readers (the text list
 * under the map and each feature's details say the same).
 */
export default function BuildingLabels({ buildings, anchors: anchorById, stairwells, base, lang, shift, label, onShown }: Props) {
  const map = useMap();
  useEffect(function labelWhatFits() {
    const group = L.layerGroup().addTo(map);
    const at = (p: Position) => L.latLng(toLatLng(p, shift));
    const candidates: Candidate[] = [
      ...buildings.map((b) => ({ text: String(b.properties.number), title: label(b.properties.number), at: at(anchorById[b.id]!), kind: 'building' as const, outline: b.geometry.coordinates[0] })),
      ...base.filter((f) => f.properties.kind !== 'boundary').map((f) => {
        const name = pickText(f.properties.name, lang);
        return { text: name, title: name, at: at(placeOf(f)), kind: 'place' as const, gate: f.properties.kind === 'gate' };
      }),
      ...Object.entries(stairwells).map(([id, p]) => ({ text: id.split('-').pop() ?? id, title: id, at: at(p), kind: 'stairwell' as const })),
    ];
    // Buildings grow and shrink with each zoom step, and so does the room to move a number along one.
    const fitted = map.getZoom();
    // The labels of what is in view, and markers for them (`pending`: not shown until laid out).
    const inView = () => {
      const view = map.getBounds();
      const zoom = map.getZoom();
      return candidates.filter((c) => view.contains(c.at) && (c.kind !== 'stairwell' || zoom >= STAIRWELL_ZOOM)).slice(0, MAX_LABELS);
    };
    const markersFor = (cs: readonly Candidate[], pending: boolean) => cs.map((c) => L.marker(c.at, {
      interactive: false, keyboard: false, zIndexOffset: -1000,
      icon: L.divIcon({ className: `cm-label cm-label-${c.kind}${c.gate ? ' cm-label-gate' : ''}${pending ? ' cm-label-pending' : ''}`, iconSize: [0, 0], html: `<span aria-hidden="true" title="${escapeHtml(c.title)}">${escapeHtml(c.text)}</span>` }),
    }).addTo(group));
    const create = (pending: boolean) => {
      group.clearLayers();
      const labels = inView();
      return { inView: labels, markers: markersFor(labels, pending) };
    };
    /** A building number's last places (`AGAINST_BUILDING`), asked for only if it is still covered once every other
     * label is placed: just above or below its building's outline on screen, where the number is not cut and is plainly
     * nearer its own building than any other in view. */
    const againstItsBuilding = (inView: Candidate[], { frame, clear, grown }: { frame: DOMRect; clear: (b: Box) => (at: readonly [number, number]) => boolean; grown: number }) => {
      const onScreen = (ll: L.LatLng) => { const p = map.latLngToContainerPoint(ll); return [frame.left + p.x, frame.top + p.y] as const; };
      const anchors = inView.map((c) => (c.kind === 'building' ? onScreen(c.at) : undefined));
      const nearestIsOwn = (i: number, x: number, y: number) => {
        const from = (a: readonly [number, number] | undefined) => (a ? Math.hypot(a[0] - x, a[1] - y) : Infinity);
        return from(anchors[i]) + AGAINST_BUILDING.clearOfOthers < Math.min(...anchors.map((a, j) => (j === i ? Infinity : from(a))));
      };
      return (i: number, b: Box) => () => {
        const ys = inView[i]!.outline!.map((p) => onScreen(at(p))[1]);
        const [above, below] = [Math.min(...ys) - 1 - (b.y + b.h), Math.max(...ys) + 1 - b.y];
        return AGAINST_BUILDING.along.flatMap((dx) => [above, below].map((dy) => [dx * grown, dy] as const))
          .filter((d) => clear(b)(d) && nearestIsOwn(i, b.x + b.w / 2 + d[0], b.y + b.h / 2 + d[1]));
      };
    };
    const layOut = ({ inView, markers }: ReturnType<typeof create>) => {
      // Where each kind of label may move if its own place is taken. Along a building as far as at the first view, in
      // proportion: zoomed out a step, half as far (20 px would reach the next building's number).
      const grown = 2 ** (map.getZoom() - fitted);
      const shiftsOf: Record<Candidate['kind'], readonly (readonly [number, number])[]> = {
        building: ALONG_BUILDING.map(([x, y]) => [x * grown, y] as const),
        stairwell: BESIDE_DOOR,
        place: [],
      };
      // Measure what the browser laid out (the font follows 长辈模式), then keep what fits.
      const spans = markers.map((m) => m.getElement()?.firstElementChild as HTMLElement | null);
      const pins = [...map.getContainer().querySelectorAll('.cm-pin:not(.cm-pin-hidden) .cm-dot')].map((d) => boxOf(d.getBoundingClientRect()));
      const controls = floatingControls(map.getContainer()).map(boxOf);
      const frame = map.getContainer().getBoundingClientRect();
      // Cut by the map's edge, or partly under the floating search or a control (the scale bar, the zoom buttons).
      const cut = (b: ReturnType<typeof boxOf>) => b.x < frame.left || b.y < frame.top || b.x + b.w > frame.right || b.y + b.h > frame.bottom
        || controls.some((c) => overlaps(b, c));
      const boxes = spans.map((s) => boxOf(s!.getBoundingClientRect()));
      const isCut = boxes.map(cut);
      // A number moves (along its building, beside its door, last against its building) only where it is not cut.
      const notCut = (b: ReturnType<typeof boxOf>) => ([x, y]: readonly [number, number]) => !cut({ ...b, x: b.x + x, y: b.y + y });
      const against = map.getZoom() >= fitted ? againstItsBuilding(inView, { frame, clear: notCut, grown }) : undefined;
      // Cut labels are left out: they come off the map, so they keep no room from a whole one.
      const whole = boxes.flatMap((_, i) => (isCut[i] ? [] : [i]));
      const shown: ([number, number] | null)[] = boxes.map(() => null);
      placeLabels(whole.map((i) => {
        const b = boxes[i]!;
        const c = inView[i]!;
        return { ...b, priority: PRIORITY[c.kind], shifts: shiftsOf[c.kind].filter(notCut(b)), lastShifts: against && c.outline ? against(i, b) : undefined };
      }), pins).forEach((place, k) => { shown[whole[k]!] = place; });
      markers.forEach((m, i) => {
        // A label cut by the map's edge or a control would be misread ("门" for "西门"): it waits until panned into view.
        if (isCut[i]) group.removeLayer(m);
        // Labels that do not fit stay in the page, hidden, so a test can tell "waits for a zoom" from "missing".
        else {
          const el = m.getElement();
          el?.classList.remove('cm-label-pending');
          el?.classList.toggle('cm-label-hidden', !shown[i]);
          el?.style.setProperty('translate', shown[i] ? `${shown[i][0]}px ${shown[i][1]}px` : '');
        }
      });
    };
    // After the pins have been decluttered for this view (their handler runs first), so labels avoid the pins shown.
    let queued = 0;
    let cancelFirst = () => {};
    const later = () => { cancelFirst(); cancelAnimationFrame(queued); queued = requestAnimationFrame(() => layOut(create(false))); };
    // The first time in short tasks, not one long one: the labels a slice at a time, unseen; the browser lays them out
    // in its next frame; they are measured and placed in the frame after (so measuring forces no layout).
    const first = { inView: inView(), markers: [] as L.Marker[] };
    const slices = Array.from({ length: Math.ceil(first.inView.length / LABEL_SLICE) }, (_, i) => first.inView.slice(i * LABEL_SLICE, (i + 1) * LABEL_SLICE));
    cancelFirst = inSlices([
      ...slices.map((slice) => () => { first.markers.push(...markersFor(slice, true)); }),
      () => { queued = requestAnimationFrame(() => { queued = requestAnimationFrame(() => { layOut(first); onShown?.(); }); }); },
    ], SHORT_TASK_MS);
    map.on('moveend zoomend resize', later);
    // A layout still queued when the labels are redrawn (the map editor changing a building) must not run.
    return () => { cancelFirst(); cancelAnimationFrame(queued); map.off('moveend zoomend resize', later); group.remove(); };
  }, [map, buildings, shift]);
  return null;
}

/** Where a place's name goes: a gate's point, the middle of a road, the mean of a green's outline. */
function placeOf(f: BaseFeature): Position {
  const g = f.geometry;
  if (g.type === 'Point') return g.coordinates;
  const points = g.type === 'LineString' ? g.coordinates : g.type === 'Polygon' ? g.coordinates[0]!.slice(1) : [];
  if (g.type === 'LineString') {
    const mid = (points.length - 1) / 2;
    const [a, b] = [points[Math.floor(mid)]!, points[Math.ceil(mid)]!];
    return [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
  }
  const n = Math.max(1, points.length);
  return [points.reduce((s, p) => s + p[0]!, 0) / n, points.reduce((s, p) => s + p[1]!, 0) / n];
}
