import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { toLatLng } from '../../core/map/toLatLng';
import { BASE_MAP_COLOURS } from '../../core/style/baseMapColours';
import type { MapTarget } from '../../core/search/searchMap';
import type { MapProps } from './mapProps';
import type { Shift } from './datumShift';

const STYLE = { className: 'cm-highlight', color: BASE_MAP_COLOURS.highlight, weight: 4, fill: false, interactive: false } as const;

/**
 * Outlines the feature in focus, on an SVG renderer above the canvas, without hiding anything else.
 * A stairwell is a ring around its entrance.
 */
export default function Highlight({ props, target, shift }: { props: MapProps; target: MapTarget; shift?: Shift }) {
  const map = useMap();
  const svg = useMemo(() => L.svg({ padding: 0.2 }), []);
  useEffect(function outline() {
    const layer = outlineOf(props, target, svg, shift);
    layer?.addTo(map);
    return () => { layer?.remove(); };
  }, [map, target.type, target.id, shift]);
  return null;
}

function outlineOf(props: MapProps, target: MapTarget, renderer: L.Renderer, shift?: Shift): L.Layer | undefined {
  if (target.type === 'stairwell') {
    const at = props.stairwells[target.id];
    return at ? L.circleMarker(toLatLng(at, shift), { ...STYLE, radius: 14, renderer }) : undefined;
  }
  const source = target.type === 'building' ? props.buildings : props.landmarks;
  const feature = source.features.find((f) => f.id === target.id);
  if (!feature) return undefined;
  // Leaflet hands GeoJSON options to each path it makes, so the renderer goes with them.
  return L.geoJSON(feature as GeoJSON.Feature, {
    coordsToLatLng: (c: number[]) => L.latLng(toLatLng(c, shift)),
    style: () => STYLE,
    pointToLayer: (_f, latlng) => L.circleMarker(latlng, { ...STYLE, radius: 24, renderer }),
    renderer,
  } as L.GeoJSONOptions);
}
