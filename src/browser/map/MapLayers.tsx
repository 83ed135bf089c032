import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, TileLayer } from 'react-leaflet';
import type { Feature } from 'geojson';
import { layerOfKind, type LayerKey } from '../../core/map/layerKeys';
import { KIND_SYMBOLS } from '../../core/map/landmarkSymbols';
import { toLatLng } from '../../core/map/toLatLng';
import { escapeHtml } from '../../core/text/escapeHtml';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { KIND_COLOURS } from '../../core/style/palette';
import type { MapTarget } from '../../core/search/searchMap';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Landmark } from '../../schemas/landmark';
import { LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';
import BuildingLabels from './BuildingLabels';
import Highlight from './Highlight';
import MapFurniture from './MapFurniture';
import { nextTask } from './nextTask';
import PinDeclutter from './PinDeclutter';
import { BASE_STYLE, buildingStyle } from './mapStyles';
import type { MapProps } from './mapProps';
import type { Shift } from './useDatumShift';
import WalkwayArrows from './WalkwayArrows';

type Props = {
  props: MapProps; hidden: LayerKey[]; target: MapTarget | null; shift?: Shift; onSelect: (t: MapTarget) => void;
  /**
   * Told what is on the map after each redraw: buildings and landmark pins, the pins always shown (all but minor
   * kinds, which may wait for a zoom) and the check-in points among them.
   */
  onDrawn: (counts: { buildings: number; landmarks: number; always: number; checkins: number }) => void;
};


/**
 * Everything drawn from `data/`: one GeoJSON layer per kind (base map, buildings, landmark shapes, landmark
 * pins), optional tiles underneath, building numbers when zoomed in, and the highlight of the feature in focus.
 * Polygons and lines go on the canvas; pins are DOM markers so the keyboard can reach them.
 */
export default function MapLayers({ props, hidden, target, shift, onSelect, onDrawn }: Props) {
  const { base, buildings, landmarks, text, tiles } = props;
  const buildingLayer = useRef<L.GeoJSON>(null);
  const pinLayer = useRef<L.GeoJSON>(null);
  const coordsToLatLng = useMemo(() => (c: number[]) => L.latLng(toLatLng(c, shift)), [shift]);
  const visibleBuildings = useMemo(
    () => ({ ...buildings, features: buildings.features.filter((b) => !hidden.includes(b.properties.status)) }),
    [buildings, hidden],
  );
  const visibleLandmarks = landmarks.features.filter((l) => !hidden.includes(layerOfKind(l.properties.kind)));
  const shapes = { type: 'FeatureCollection' as const, features: visibleLandmarks.filter((l) => l.geometry.type !== 'Point') };
  const pins = {
    type: 'FeatureCollection' as const,
    features: visibleLandmarks.map((l) => ({ ...l, geometry: { type: 'Point' as const, coordinates: props.anchors[l.id]! } })),
  };
  const key = `${hidden.join()}|${shift ? 'shifted' : ''}`;
  const pick = (type: MapTarget['type']) => (e: L.LeafletEvent) => {
    const f = (e as L.LeafletEvent & { propagatedFrom?: { feature?: Feature } }).propagatedFrom?.feature;
    if (f?.id) onSelect({ type, id: String(f.id) });
  };
  const onKey = (e: L.LeafletEvent) => {
    const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
    if (key === 'Enter' || key === ' ') { (e as L.LeafletKeyboardEvent).originalEvent.preventDefault(); pick('landmark')(e); }
  };

  // The map starts in steps, each in a task of its own so none holds the page for long (a phone's browser answers a
  // tap in between; Lighthouse counts long tasks as blocking time): 0 the base map and buildings, 1 landmark shapes
  // and pins (`map:drawn` once they are painted), then what the first frame does not need: 2 pin layout, the north
  // arrow and scale, 3 walkway arrows, 4 building numbers and place names.
  const [stage, setStage] = useState(0);
  useEffect(function nextStep() {
    if (stage === 0 || stage === 2 || stage === 3) return nextTask(() => setStage(stage + 1));
  }, [stage]);
  const pinsOn = stage >= 1;
  const marked = useRef(false);
  useEffect(function countWhatIsDrawn() {
    if (!pinsOn) return;
    const kinds = visibleLandmarks.map((l) => l.properties.kind);
    onDrawn({
      buildings: buildingLayer.current?.getLayers().length ?? 0, landmarks: pinLayer.current?.getLayers().length ?? 0,
      always: kinds.filter((k) => !(LANDMARK_KIND_REGISTRY as LandmarkKindRegistry)[k]?.minor).length,
      checkins: kinds.filter((k) => k === 'checkin').length,
    });
    if (marked.current) return;
    marked.current = true;
    // Every layer is on the map now (child effects run first); the canvas paints on the next frame.
    // `map:drawn` marks that moment, in production too, for the benchmark and anyone profiling.
    requestAnimationFrame(() => setTimeout(() => { performance.mark('map:drawn'); setStage(2); }, 0));
  }, [key, pinsOn]);
  // The SVG first view goes in the frame the labels are laid out (their own rAF comes first).
  useEffect(function retireFirstViewOnceLabelled() {
    if (stage === 4) requestAnimationFrame(retireFirstView);
  }, [stage]);

  return (
    <>
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} subdomains={tiles.subdomains} maxNativeZoom={tiles.maxNativeZoom} maxZoom={props.view.maxZoom} />}
      {tiles?.overlayUrl && <TileLayer url={tiles.overlayUrl} subdomains={tiles.subdomains} maxNativeZoom={tiles.maxNativeZoom} maxZoom={props.view.maxZoom} />}
      <GeoJSON
        key={`base${key}`}
        data={base}
        attribution={escapeHtml(props.credit)}
        coordsToLatLng={coordsToLatLng}
        interactive={false}
        style={(f) => ({ ...BASE_STYLE[(f as BaseFeature).properties.kind], ...(tiles && { fillOpacity: 0.35 }) })}
        pointToLayer={(_f, latlng) => L.circleMarker(latlng, { ...BASE_STYLE.gate, interactive: false })}
      />
      <GeoJSON
        key={`buildings${key}`}
        ref={buildingLayer}
        data={visibleBuildings}
        coordsToLatLng={coordsToLatLng}
        style={buildingStyle}
        eventHandlers={{ click: pick('building') }}
      />
      {pinsOn && <GeoJSON
        key={`shapes${key}`}
        data={shapes}
        coordsToLatLng={coordsToLatLng}
        style={(f) => {
          const kind = (f as Landmark).properties.kind;
          return kind === 'walkway'
            ? { color: KIND_COLOURS.walkway, weight: 6, opacity: 0.95, dashArray: '1 9', lineCap: 'round' }
            : { color: KIND_COLOURS[kind], weight: 2, fillColor: KIND_COLOURS[kind], fillOpacity: 0.35 };
        }}
        eventHandlers={{ click: pick('landmark') }}
      />}
      {pinsOn && <GeoJSON
        key={`pins${key}`}
        ref={pinLayer}
        data={pins}
        coordsToLatLng={coordsToLatLng}
        pointToLayer={(f, latlng) => L.marker(latlng, { icon: pinIcon(f as Landmark, props), keyboard: true, riseOnHover: true, zIndexOffset: (f as Landmark).properties.kind === 'checkin' ? 1000 : 0 })}
        eventHandlers={{ click: pick('landmark'), keydown: onKey }}
      />}
      {stage >= 2 && <>
        <PinDeclutter layer={pinLayer} version={key} />
        <MapFurniture north={text['map.north']} letter={text['map.north.short']} />
      </>}
      {stage >= 3 && <WalkwayArrows walkways={visibleLandmarks.filter((l) => l.properties.kind === 'walkway')} version={key} shift={shift} />}
      {stage >= 4 && <BuildingLabels
          buildings={visibleBuildings.features} anchors={props.anchors} stairwells={props.stairwells} base={base.features} lang={props.lang}
          shift={shift} label={(n) => fill(text['building.title'], { number: n })}
        />}
      {target && <Highlight props={props} target={target} shift={shift} />}
    </>
  );
}

/**
 * Removes the drawing of the page's first view (`build/firstViewHtml.ts`): the live map now shows the same, and
 * more. Its empty box stays under the live map as its background.
 */
function retireFirstView(): void {
  const view = document.querySelector('[data-first-view]');
  view?.replaceChildren();
  view?.removeAttribute('data-first-view');
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

