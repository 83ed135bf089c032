import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import { placePins } from '../../core/map/placePins';
import { floatingControls } from './floatingControls';
import { LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';

type PinProps = { kind?: string; order?: number };

/**
 * Keeps every pin that matters in sight: after every zoom or pan, pins are laid out in priority order — check-in
 * points first, in trail order, then the other important kinds — and a crowded important pin moves a little aside,
 * joined to its place by a short leader line (`cm-pin-moved`). Only minor kinds (benches, manholes, ramps…) hide
 * (and leave the tab order) until zooming in makes room for their 44 px tap target (WCAG 2.5.8). Hidden places stay
 * in the search and in the text list under the map. No dot hides under the scale bar, the north arrow, the zoom
 * buttons, the floating search or the layers button (they are bigger in elder mode) where it can move aside.
 */
export default function PinDeclutter({ layer, version }: { layer: RefObject<L.GeoJSON | null>; version: string }) {
  const map = useMap();
  useEffect(function declutter() {
    const update = () => {
      const props = (m: L.Marker) => (m.feature as { properties?: PinProps } | undefined)?.properties ?? {};
      const minor = (m: L.Marker) => (LANDMARK_KIND_REGISTRY as LandmarkKindRegistry)[props(m).kind ?? '']?.minor === true;
      const rank = (m: L.Marker) => (props(m).kind === 'checkin' ? props(m).order ?? 0 : minor(m) ? 2000 : 1000);
      const pins = ([...(layer.current?.getLayers() ?? [])] as L.Marker[]).sort((a, b) => rank(a) - rank(b));
      const places = placePins(pins.map((pin) => {
        const at = map.latLngToContainerPoint(pin.getLatLng());
        const dot = pin.getElement()?.querySelector<HTMLElement>('.cm-dot');
        return { x: at.x, y: at.y, size: dot?.offsetWidth || 24, minor: minor(pin) };
      }), { w: map.getSize().x, h: map.getSize().y }, controlsOver(map.getContainer()));
      pins.forEach((pin, i) => {
        const el = pin.getElement();
        const { shown, dx, dy } = places[i]!;
        if (!el) return;
        el.classList.toggle('cm-pin-hidden', !shown);
        el.classList.toggle('cm-pin-moved', dx !== 0 || dy !== 0);
        el.style.setProperty('--dx', `${dx}px`);
        el.style.setProperty('--dy', `${dy}px`);
        el.style.setProperty('--lead', `${Math.hypot(dx, dy)}px`);
        el.style.setProperty('--angle', `${Math.atan2(dy, dx)}rad`);
      });
    };
    update();
    // Again once every sibling has added its controls (the scale bar, the north arrow) in this same render.
    const again = requestAnimationFrame(update);
    map.on('zoomend moveend resize', update);
    return () => { cancelAnimationFrame(again); map.off('zoomend moveend resize', update); };
  }, [map, layer, version]);
  return null;
}

/** The floating controls, in the map's own pixels. */
function controlsOver(container: HTMLElement) {
  const box = container.getBoundingClientRect();
  return floatingControls(container).map((r) => ({ left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top }));
}
