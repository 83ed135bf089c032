import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { positionsOf } from '../../core/geo/positionsOf';
import { toLatLng } from '../../core/map/toLatLng';
import type { MapTarget } from '../../core/search/searchMap';
import type { Geometry } from '../../schemas/geojson';
import type { MapProps } from './mapProps';
import type { Shift } from './datumShift';

/** Zoom used to show a single point (a pin or a stairwell entrance) up close. */
const POINT_ZOOM = 18.5;

type Props = { props: MapProps; target: MapTarget | null; shift?: Shift; maxBounds?: L.LatLngBounds };

/**
 * The map's view once `createMap` has fitted the community: keeps panning near it, and moves to the feature in focus in
 * the part the details sheet leaves free.
 */
export default function MapView({ props, target, shift, maxBounds }: Props) {
  const map = useMap();
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  useEffect(function keepNearTheCommunity() {
    // Panning stays near the community; the bounds also hold the first view, so they never move it (on a tall
    // phone the fitted view is taller than the community with its margin, and Leaflet would re-centre it).
    if (maxBounds) map.setMaxBounds(L.latLngBounds(maxBounds.getSouthWest(), maxBounds.getNorthEast()).extend(map.getBounds()));
  }, [map, maxBounds]);

  useEffect(function moveToTarget() {
    if (!target) return;
    const positions = target.type === 'stairwell' ? [props.stairwells[target.id]] : positionsOf(geometryOf(props, target) ?? { type: 'Point', coordinates: [0, 0] });
    const latLngs = positions.filter((p) => p !== undefined).map((p) => L.latLng(toLatLng(p, shift)));
    if (!latLngs.length) return;
    // Bring the map into view first (phones: the search box or a link may have left it below the fold). Under a
    // bottom sheet, the map's top goes to the top of the screen, leaving the most map between search and sheet.
    const bottomSheet = coveredBySheet(map.getContainer()).bottom > 0;
    map.getContainer().scrollIntoView({ block: bottomSheet ? 'start' : 'nearest', behavior: 'instant' });
    const { top, right, bottom } = coveredBySheet(map.getContainer());
    const bounds = L.latLngBounds(latLngs);
    const zoom = Math.min(map.getBoundsZoom(bounds, false, L.point(40 + right, 40 + top + bottom)), POINT_ZOOM);
    // Centre the feature in the part of the map the floating search and the details sheet leave free.
    const centre = map.unproject(map.project(bounds.getCenter(), zoom).add([right / 2, (bottom - top) / 2]), zoom);
    map.setView(centre, zoom, { animate: !reduceMotion });
  }, [map, target, shift]);

  return null;
}

/**
 * How much of the map is covered, in pixels: at the top by the floating search, and by the details sheet from the
 * right (side panel) or from below (bottom sheet, phones; it is fixed to the screen, so this depends on the scroll).
 */
function coveredBySheet(container: HTMLElement): { top: number; right: number; bottom: number } {
  const cm = container.closest('.cm');
  const sheet = cm?.querySelector('.cm-sheet')?.getBoundingClientRect();
  const search = cm?.querySelector('.cm-top')?.getBoundingClientRect();
  const map = container.getBoundingClientRect();
  const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max * 0.7));
  const top = search ? clamp(search.bottom - Math.max(map.top, 0), map.height / 2) : 0;
  if (!sheet) return { top, right: 0, bottom: 0 };
  const fromRight = sheet.left > map.left + map.width / 3;
  return fromRight ? { top, right: clamp(map.right - sheet.left, map.width), bottom: 0 } : { top, right: 0, bottom: clamp(Math.min(map.bottom, innerHeight) - sheet.top, map.height) };
}

function geometryOf(props: MapProps, target: MapTarget): Geometry | undefined {
  const source = target.type === 'building' ? props.buildings.features : props.landmarks.features;
  return source.find((f) => f.id === target.id)?.geometry;
}
