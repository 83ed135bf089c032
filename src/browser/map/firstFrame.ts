import type L from 'leaflet';
import { type MapUrlState, parseMapUrl } from '../../core/map/mapUrlState';
import type { MapTarget } from '../../core/search/searchMap';
import { type DrawnLayers, drawingSteps } from './communityLayers';
import { createMap } from './createMap';
import { datumShift, type Shift } from './datumShift';
import type { MapProps } from './mapProps';
import { inSlices, SHORT_TASK_MS } from './nextTask';

/**
 * The community map's first frame (base map, buildings, landmarks), drawn in plain Leaflet as soon as the island's
 * module has run, not after Preact has rendered it (nor while the rest of the map — search, layers panel,
 * react-leaflet — is on its way). The island then takes it over as it is: the map and its box, its layers, a place
 * tapped in the meantime.
 */
export type FirstFrame = {
  /** The map's data, read once from the page. */
  props: MapProps;
  /** Leaflet's box, for the island to put in its place. */
  box: HTMLElement;
  /** The address the page was opened at: the layers it hides (left out of the drawing) and the place a link names. */
  opened: MapUrlState;
  /** The frame once it is painted (`map:drawn`). */
  drawn: Promise<DrawnFrame>;
  /** Who hears a tap on a place from now on: the island. A place tapped before it came is passed on at once. */
  listen: (onSelect: (t: MapTarget) => void) => void;
};

/** Leaflet's map, the datum shift it was drawn with, and what is on it. */
export type DrawnFrame = DrawnLayers & { map: L.Map; shift?: Shift };

let frame: FirstFrame | undefined;

/**
 * The first frame of the map whose data is the page's `<script type="application/json" id={dataId}>`, started on the
 * first call (later calls get the same frame): in a box of its own where the island's map will be
 * (`.map-slot > .cm-map`), over the page's SVG first view.
 */
export function firstFrame(dataId: string): FirstFrame | undefined {
  const data = document.getElementById(dataId);
  if (frame || !data?.parentElement) return frame;
  const props = JSON.parse(data.textContent!) as MapProps;
  const box = document.createElement('div');
  box.className = 'cm-map';
  data.parentElement.append(box);
  const opened = parseMapUrl(location.search);
  let heard: ((t: MapTarget) => void) | undefined;
  let tapped: MapTarget | undefined;
  const onSelect = (t: MapTarget) => { if (heard) heard(t); else tapped = t; };
  let resolve: (d: DrawnFrame) => void = () => {};
  const drawn = new Promise<DrawnFrame>((r) => { resolve = r; });
  const made: FirstFrame = {
    props, box, opened, drawn,
    listen: (next) => { heard = next; if (tapped) next(tapped); tapped = undefined; },
  };
  frame = made;
  // Leaflet starts once the page's first frame (with the SVG first view) is on screen: when the scripts come fast
  // (cached, or preloaded on a quick network) they would otherwise hold that frame back, and lay the whole page out
  // in a task of theirs. It measures its box and fits the community in a task of its own (after loading the datum
  // converter, if the tiles need it); then the layers, as many at a time as fit in a short task.
  const painted = new Promise<void>((done) => { if (performance.getEntriesByType('paint').length) done(); else requestAnimationFrame(() => done()); });
  void Promise.all([datumShift(props.tiles), painted]).then(([shift]) => {
    const steps = [() => {
      const map = createMap(box, props, shift);
      steps.push(...drawingSteps(map, { props, hidden: opened.hidden, shift, onSelect }, (d) => {
        // Every layer is on the map now; the canvas paints on the next frame.
        requestAnimationFrame(() => setTimeout(() => { performance.mark('map:drawn'); resolve({ ...d, map, shift }); }, 0));
      }));
    }];
    inSlices(steps, SHORT_TASK_MS);
  });
  return made;
}
