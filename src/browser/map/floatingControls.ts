import type { Box } from '../../core/map/placeLabels';

/**
 * What floats over the map and hides what is under it: Leaflet's controls (zoom, north arrow, scale bar, credit), the
 * home map's floating search and the layers button. Pins move out from under them and labels under them wait, in both
 * modes (they are bigger in 长辈模式). Looked for in the home map's frame (`.cm`), else in the map's own box (the submit
 * form's picker). Viewport rectangles, as `getBoundingClientRect` gives them.
 */
export function floatingControls(container: HTMLElement): DOMRect[] {
  const floating = (container.closest('.cm') ?? container).querySelectorAll<HTMLElement>('.leaflet-control, .cm-top, .cm-layers-button');
  return [...floating].filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect());
}

/** A viewport rectangle as `overlaps` (`core/map/placeLabels`) takes it. */
export const boxOf = (r: DOMRect): Box => ({ x: r.left, y: r.top, w: r.width, h: r.height });
