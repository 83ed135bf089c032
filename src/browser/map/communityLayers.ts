import L from 'leaflet';
import type { Feature } from 'geojson';
import { layerOfKind, type LayerKey } from '../../core/map/layerKeys';
import { KIND_SYMBOLS } from '../../core/map/landmarkSymbols';
import { toLatLng } from '../../core/map/toLatLng';
import { KIND_COLOURS } from '../../core/style/palette';
import type { MapTarget } from '../../core/search/searchMap';
import { escapeHtml } from '../../core/text/escapeHtml';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Landmark } from '../../schemas/landmark';
import { LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';
import { BASE_STYLE, buildingStyle } from './mapStyles';
import type { MapProps } from './mapProps';
import type { Shift } from './datumShift';

/** What the community map draws from `data/`, given the layers a visitor hid and the datum shift of the tiles. */
export type Drawing = { props: MapProps; hidden: readonly LayerKey[]; shift?: Shift; onSelect: (t: MapTarget) => void };

/** The buildings and landmarks left on the map once the hidden layers are taken out. */
export function visibleFeatures({ props, hidden }: Pick<Drawing, 'props' | 'hidden'>) {
  return {
    buildings: props.buildings.features.filter((b) => !hidden.includes(b.properties.status)),
    landmarks: props.landmarks.features.filter((l) => !hidden.includes(layerOfKind(l.properties.kind))),
  };
}

/**
 * The four layers the map's first frame is made of, in plain Leaflet (no framework, so they can be drawn before
 * React's part of the map has loaded): the base map and the buildings (polygons and lines on the canvas), then the
 * landmark shapes and the landmark pins (DOM markers, so the keyboard can reach them). Clicking a building, a shape
 * or a pin selects it.
 */
export function baseLayer(d: Drawing): L.GeoJSON {
  const { props } = d;
  return L.geoJSON(props.base, {
    coordsToLatLng: latLngOf(d.shift),
    interactive: false,
    style: (f) => ({ ...BASE_STYLE[(f as BaseFeature).properties.kind], ...(props.tiles && { fillOpacity: 0.35 }) }),
    pointToLayer: (_f, latlng) => L.circleMarker(latlng, { ...BASE_STYLE.gate, interactive: false }),
  });
}

/** The buildings in their renovation status colours. */
export function buildingLayer(d: Drawing): L.GeoJSON {
  return L.geoJSON({ type: 'FeatureCollection', features: visibleFeatures(d).buildings } as GeoJSON.FeatureCollection, {
    coordsToLatLng: latLngOf(d.shift), style: buildingStyle,
  }).on('click', pick('building', d.onSelect));
}

/** The landmarks: their shapes (areas and the walkway) and a pin for each at its anchor. */
export function landmarkLayers(d: Drawing): { shapes: L.GeoJSON; pins: L.GeoJSON } {
  const { props } = d;
  const coordsToLatLng = latLngOf(d.shift);
  const landmarks = visibleFeatures(d).landmarks;
  const shapes = L.geoJSON({ type: 'FeatureCollection', features: landmarks.filter((l) => l.geometry.type !== 'Point') } as GeoJSON.FeatureCollection, {
    coordsToLatLng,
    style: (f) => {
      const kind = (f as Landmark).properties.kind;
      return kind === 'walkway'
        ? { color: KIND_COLOURS.walkway, weight: 6, opacity: 0.95, dashArray: '1 9', lineCap: 'round' }
        : { color: KIND_COLOURS[kind], weight: 2, fillColor: KIND_COLOURS[kind], fillOpacity: 0.35 };
    },
  }).on('click', pick('landmark', d.onSelect));
  const pinFeatures = landmarks.map((l) => ({ ...l, geometry: { type: 'Point' as const, coordinates: props.anchors[l.id]! } }));
  const onKey = (e: L.LeafletEvent) => {
    const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
    if (key === 'Enter' || key === ' ') { (e as L.LeafletKeyboardEvent).originalEvent.preventDefault(); pick('landmark', d.onSelect)(e); }
  };
  const pins = L.geoJSON({ type: 'FeatureCollection', features: pinFeatures } as GeoJSON.FeatureCollection, {
    coordsToLatLng,
    pointToLayer: (f, latlng) => L.marker(latlng, {
      icon: pinIcon(f as Landmark, props), keyboard: true, riseOnHover: true, zIndexOffset: (f as Landmark).properties.kind === 'checkin' ? 1000 : 0,
    }),
  }).on({ click: pick('landmark', d.onSelect), keydown: onKey });
  return { shapes, pins };
}

/** What is on the map after a redraw: buildings and landmark pins, the pins always shown (all but minor kinds, which may wait for a zoom) and the check-in points among them. */
export type DrawnCounts = { buildings: number; landmarks: number; always: number; checkins: number };

/** The layers a drawing put on the map, the pins among them (for their layout), and what they show. */
export type DrawnLayers = { layers: L.Layer[]; pins: L.GeoJSON; counts: DrawnCounts };

/**
 * The map's frame as steps, in drawing order (the base map, the buildings, the landmark shapes and pins), for the
 * caller to run at once or a few at a time; `done` hears what the last one leaves on the map.
 */
export function drawingSteps(map: L.Map, d: Drawing, done: (drawn: DrawnLayers) => void): (() => void)[] {
  const layers: L.Layer[] = [];
  let buildings: L.GeoJSON | undefined;
  return [
    () => { layers.push(baseLayer(d).addTo(map)); },
    () => { buildings = buildingLayer(d).addTo(map); layers.push(buildings); },
    () => {
      const { shapes, pins } = landmarkLayers(d);
      layers.push(shapes.addTo(map), pins.addTo(map));
      const kinds = visibleFeatures(d).landmarks.map((l) => l.properties.kind);
      done({
        layers, pins,
        counts: {
          buildings: buildings?.getLayers().length ?? 0, landmarks: pins.getLayers().length,
          always: kinds.filter((k) => !(LANDMARK_KIND_REGISTRY as LandmarkKindRegistry)[k]?.minor).length,
          checkins: kinds.filter((k) => k === 'checkin').length,
        },
      });
    },
  ];
}

function latLngOf(shift?: Shift) {
  return (c: number[]) => L.latLng(toLatLng(c, shift));
}

/** Selects the feature of the layer an event came from (the GeoJSON layer hears its features' events). */
function pick(type: MapTarget['type'], onSelect: (t: MapTarget) => void) {
  return (e: L.LeafletEvent) => {
    const f = (e as L.LeafletEvent & { propagatedFrom?: { feature?: Feature } }).propagatedFrom?.feature;
    if (f?.id) onSelect({ type, id: String(f.id) });
  };
}

/** A pin with a 44 px tap target: the check-in number or the kind's symbol, and the name for screen readers. */
function pinIcon(l: Landmark, props: MapProps): L.DivIcon {
  const { kind, order } = l.properties;
  const name = props.cards[l.id]?.title ?? l.id;
  const glyph = kind === 'checkin' ? String(order) : KIND_SYMBOLS[kind];
  return L.divIcon({
    className: `cm-pin cm-pin-${kind}`,
    iconSize: [44, 44],
    html: `<span class="cm-dot" style="--c:${KIND_COLOURS[kind]}" aria-hidden="true">${glyph}</span><span class="vh">${escapeHtml(name)}</span>`,
  });
}
