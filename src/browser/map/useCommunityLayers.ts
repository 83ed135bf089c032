import type L from 'leaflet';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LayerKey } from '../../core/map/layerKeys';
import type { MapTarget } from '../../core/search/searchMap';
import { LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';
import { baseLayer, buildingLayer, landmarkLayers, visibleFeatures } from './communityLayers';
import type { MapProps } from './mapProps';
import { taskByTask } from './nextTask';
import type { Shift } from './useDatumShift';

/** What is on the map after a redraw: buildings and landmark pins, the pins always shown (all but minor kinds, which may wait for a zoom) and the check-in points among them. */
export type DrawnCounts = { buildings: number; landmarks: number; always: number; checkins: number };

type Options = {
  props: MapProps; hidden: LayerKey[]; shift?: Shift; ready: boolean;
  onSelect: (t: MapTarget) => void; onDrawn: (counts: DrawnCounts) => void;
};

/**
 * Draws the map's first frame on `map` and redraws it whenever a layer is hidden or shown or the datum shift changes:
 * the first time a task at a time (the base map, the buildings, the landmark shapes and pins), so none holds a phone's
 * page for long. `map:drawn` is marked once the first frame is painted, in production too, for the benchmark and anyone
 * profiling. Returns the pin layer (for the pin layout), a `version` that changes with each redraw, and whether the
 * first frame is painted (what the map adds next waits for it).
 */
export function useCommunityLayers(map: L.Map | undefined, { props, hidden, shift, ready, onSelect, onDrawn }: Options): {
  pins: RefObject<L.GeoJSON | null>; version: string | undefined; painted: boolean;
} {
  const pins = useRef<L.GeoJSON | null>(null);
  const [version, setVersion] = useState<string>();
  const [painted, setPainted] = useState(false);
  const firstFrame = useRef(true);
  const latest = useRef({ onSelect, onDrawn });
  latest.current = { onSelect, onDrawn };
  const key = `${hidden.join()}|${shift ? 'shifted' : ''}`;

  useLayoutEffect(function draw() {
    if (!map || !ready) return;
    const drawing = { props, hidden, shift, onSelect: (t: MapTarget) => latest.current.onSelect(t) };
    const layers: L.Layer[] = [];
    let buildings: L.GeoJSON | undefined;
    const addBase = () => { layers.push(baseLayer(drawing).addTo(map)); };
    const addBuildings = () => { buildings = buildingLayer(drawing).addTo(map); layers.push(buildings); };
    const addLandmarks = () => {
      const { shapes, pins: pinLayer } = landmarkLayers(drawing);
      layers.push(shapes.addTo(map), pinLayer.addTo(map));
      pins.current = pinLayer;
      const kinds = visibleFeatures(drawing).landmarks.map((l) => l.properties.kind);
      latest.current.onDrawn({
        buildings: buildings?.getLayers().length ?? 0, landmarks: pinLayer.getLayers().length,
        always: kinds.filter((k) => !(LANDMARK_KIND_REGISTRY as LandmarkKindRegistry)[k]?.minor).length,
        checkins: kinds.filter((k) => k === 'checkin').length,
      });
      setVersion(key);
      if (!firstFrame.current) return;
      firstFrame.current = false;
      // Every layer is on the map now; the canvas paints on the next frame.
      requestAnimationFrame(() => setTimeout(() => { performance.mark('map:drawn'); setPainted(true); }, 0));
    };
    const steps = [addBase, addBuildings, addLandmarks];
    // The first frame a task at a time; a redraw at once, so nothing flickers.
    let cancel = () => {};
    if (firstFrame.current) cancel = taskByTask(steps);
    else for (const step of steps) step();
    return () => {
      cancel();
      for (const layer of layers) layer.remove();
      pins.current = null;
    };
  }, [map, key, ready]);

  return { pins, version, painted };
}
