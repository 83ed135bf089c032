/**
 * What floats over the map and hides what is under it: Leaflet's controls (zoom, north arrow, scale bar), the
 * floating search and the layers button. Pins move out from under them and labels under them wait, in both modes
 * (they are bigger in 长辈模式). Viewport rectangles, as `getBoundingClientRect` gives them.
 */
export function floatingControls(container: HTMLElement): DOMRect[] {
  const floating = container.closest('.cm')?.querySelectorAll<HTMLElement>('.leaflet-control, .cm-top, .cm-layers-button') ?? [];
  return [...floating].filter((el) => el.offsetParent !== null).map((el) => el.getBoundingClientRect());
}
