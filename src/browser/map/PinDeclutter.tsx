import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-leaflet';

/** Pins closer than this (px) would overlap: each pin is a 44 px tap target. */
const PIN_PX = 44;

/**
 * Keeps tap targets apart (WCAG 2.5.8): after every zoom or pan, pins are shown in priority order —
 * check-in points first, in trail order — and a pin whose 44 px box would overlap one already shown is
 * hidden (and leaves the tab order) until zooming in makes room. Hidden places stay in the search and
 * in the text list under the map.
 */
export default function PinDeclutter({ layer, version }: { layer: RefObject<L.GeoJSON | null>; version: string }) {
  const map = useMap();
  useEffect(function declutter() {
    const update = () => {
      const pins = (layer.current?.getLayers() ?? []) as L.Marker[];
      const order = (m: L.Marker) => {
        const p = (m.feature as { properties?: { kind?: string; order?: number } } | undefined)?.properties;
        return p?.kind === 'checkin' ? p.order ?? 0 : 1000;
      };
      const shown: L.Point[] = [];
      for (const pin of [...pins].sort((a, b) => order(a) - order(b))) {
        const at = map.latLngToContainerPoint(pin.getLatLng());
        const clear = shown.every((s) => Math.abs(s.x - at.x) >= PIN_PX || Math.abs(s.y - at.y) >= PIN_PX);
        pin.getElement()?.classList.toggle('cm-pin-hidden', !clear);
        if (clear) shown.push(at);
      }
    };
    update();
    map.on('zoomend moveend resize', update);
    return () => { map.off('zoomend moveend resize', update); };
  }, [map, layer, version]);
  return null;
}
