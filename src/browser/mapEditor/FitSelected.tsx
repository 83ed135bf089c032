import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { positionsOf } from '../../core/geo/positionsOf';
import { toLatLng } from '../../core/map/toLatLng';
import type { Geometry } from '../../schemas/geojson';
import type { Shift } from '../map/datumShift';

/** Zoom for a single point up close: its neighbours and a survey's preview a few tens of metres off still show. */
const POINT_ZOOM = 18.5;

/** Brings a newly selected feature (and what a survey or import would make of it) into view, close enough to drag. */
export default function FitSelected({ selected, geometry, preview, shift }: { selected?: string; geometry?: Geometry; preview?: Geometry; shift?: Shift }) {
  const map = useMap();
  useEffect(function showSelected() {
    if (!geometry) return;
    const points = [...positionsOf(geometry), ...(preview ? positionsOf(preview) : [])].map((p) => L.latLng(toLatLng(p, shift)));
    const bounds = L.latLngBounds(points);
    map.fitBounds(bounds.pad(0.3), { maxZoom: POINT_ZOOM, animate: false });
  // On a new selection or preview only: not after each drag, which would pull the map from under the finger.
  }, [map, selected, JSON.stringify(preview), shift]);
  return null;
}
