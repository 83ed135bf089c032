import type L from 'leaflet';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LayerKey } from '../../core/map/layerKeys';
import type { MapTarget } from '../../core/search/searchMap';
import { type DrawnCounts, type DrawnLayers, drawingSteps } from './communityLayers';
import type { FirstFrame } from './firstFrame';

export type { DrawnCounts } from './communityLayers';

type Options = { hidden: LayerKey[]; onSelect: (t: MapTarget) => void; onDrawn: (counts: DrawnCounts) => void };

/**
 * The map's layers (base map, buildings, landmark shapes and pins) on `map`: the first frame's as it drew them, then
 * drawn again, at once (nothing flickers), whenever a layer is hidden or shown. Returns the pin layer (for the pin
 * layout) and a `version` that changes with each drawing.
 */
export function useCommunityLayers(frame: FirstFrame, map: L.Map | undefined, { hidden, onSelect, onDrawn }: Options): {
  pins: RefObject<L.GeoJSON | null>; version: string | undefined;
} {
  const pins = useRef<L.GeoJSON | null>(null);
  const [version, setVersion] = useState<string>();
  const first = useRef(true);
  const latest = useRef({ onSelect, onDrawn });
  latest.current = { onSelect, onDrawn };
  const key = hidden.join();

  useLayoutEffect(function draw() {
    if (!map) return;
    const heard = (t: MapTarget) => latest.current.onSelect(t);
    let layers: L.Layer[] = [];
    let live = true;
    const show = (d: DrawnLayers) => {
      if (!live) { for (const layer of d.layers) layer.remove(); return; }
      layers = d.layers;
      pins.current = d.pins;
      latest.current.onDrawn(d.counts);
      setVersion(key);
    };
    if (first.current) {
      // The first frame drew these very layers (the ones the address did not hide): keep them, and hear their taps.
      first.current = false;
      frame.listen(heard);
      void frame.drawn.then(show);
    } else {
      for (const step of drawingSteps(map, { props: frame.props, hidden, shift: frame.shift, onSelect: heard }, show)) step();
    }
    return () => {
      live = false;
      for (const layer of layers) layer.remove();
      pins.current = null;
    };
  }, [map, key]);

  return { pins, version };
}
