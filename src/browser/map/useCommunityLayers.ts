import type L from 'leaflet';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LayerKey } from '../../core/map/layerKeys';
import type { MapTarget } from '../../core/search/searchMap';
import { type DrawnCounts, type DrawnLayers, drawingSteps } from './communityLayers';
import type { DrawnFrame, FirstFrame } from './firstFrame';

type Options = { hidden: LayerKey[]; onSelect: (t: MapTarget) => void; onDrawn: (counts: DrawnCounts) => void };

/**
 * The map's layers (base map, buildings, landmark shapes and pins): the first frame's as it drew them (`drawn`), then
 * drawn again, at once (nothing flickers), whenever a layer is hidden or shown. Returns the pin layer (for the pin
 * layout) and a `version` that changes with each drawing.
 */
export function useCommunityLayers(frame: FirstFrame, drawn: DrawnFrame, { hidden, onSelect, onDrawn }: Options): {
  pins: RefObject<L.GeoJSON | null>; version: string | undefined;
} {
  const pins = useRef<L.GeoJSON | null>(null);
  const [version, setVersion] = useState<string>();
  const first = useRef(true);
  const latest = useRef({ onSelect, onDrawn });
  latest.current = { onSelect, onDrawn };
  const key = hidden.join();

  useLayoutEffect(function draw() {
    const heard = (t: MapTarget) => latest.current.onSelect(t);
    let layers: L.Layer[] = [];
    const show = (d: DrawnLayers) => {
      layers = d.layers;
      pins.current = d.pins;
      latest.current.onDrawn(d.counts);
      setVersion(key);
    };
    if (first.current) {
      // The first frame drew these very layers (the ones the address did not hide): keep them, and hear their taps.
      first.current = false;
      frame.listen(heard);
      show(drawn);
    } else {
      const { map, shift } = drawn;
      for (const step of drawingSteps(map, { props: frame.props, hidden, shift, onSelect: heard }, show)) step();
    }
    return () => {
      for (const layer of layers) layer.remove();
      pins.current = null;
    };
  }, [key]);

  return { pins, version };
}
