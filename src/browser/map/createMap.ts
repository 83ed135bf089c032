import L from 'leaflet';
import { FIRST_VIEW_TOP } from '../../core/map/firstView';
import { toLatLng } from '../../core/map/toLatLng';
import { escapeHtml } from '../../core/text/escapeHtml';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Shift } from './datumShift';
import type { MapProps } from './mapProps';

/** Fitting the whole community leaves this room at the top, in pixels: the search box floats over the map's top edge. */
const FIT_OPTIONS: L.FitBoundsOptions = { paddingTopLeft: [0, FIRST_VIEW_TOP] };

/** Zoom steps once the map is shown (its first view is fitted at any fractional zoom, like the SVG first view). */
const ZOOM_SNAP = 0.25;

/**
 * The community's Leaflet map in `box`, in plain Leaflet: fitted to the community exactly (any fractional zoom), as the
 * page's SVG first view is (shifted onto the tiles' datum, if they need it), then zooming in quarter steps; named for screen readers, its zoom buttons too, in the page's
 * language; Leaflet credited in plain words (its default prefix is a link with a flag icon, clutter on a phone).
 */
export function createMap(box: HTMLElement, props: MapProps, shift?: Shift): L.Map {
  const { view } = props;
  const map = L.map(box, {
    maxBoundsViscosity: 0.8, minZoom: view.minZoom, maxZoom: view.maxZoom, zoomSnap: 0,
    preferCanvas: props.renderer !== 'svg', attributionControl: false, zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: props.text['map.zoomIn'], zoomOutTitle: props.text['map.zoomOut'] }).addTo(map);
  map.fitBounds(L.latLngBounds(view.bounds.map((p) => toLatLng(p, shift))), FIT_OPTIONS);
  map.options.zoomSnap = ZOOM_SNAP;
  // The data's credit from the start, not with the base layer a task later: the line would grow (on a phone, to two
  // lines) and move up after the first frame. So does the tiles' credit: their layer comes after `map:drawn` and adds the
  // same words again (Leaflet counts them; the line does not change).
  const attribution = L.control.attribution({ prefix: 'Leaflet' }).addAttribution(escapeHtml(props.credit));
  if (props.tiles) attribution.addAttribution(props.tiles.attribution);
  attribution.addTo(map);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', fill(props.text['map.label'], { community: props.name }));
  return map;
}
