import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { toLatLng } from '../../core/map/toLatLng';
import type { Building } from '../../schemas/building';
import type { Position } from '../../schemas/geojson';
import type { Shift } from './useDatumShift';

/** Numbers are readable from this zoom on; below it they would cover the buildings. */
const LABEL_ZOOM = 17;
/** At most this many labels at once, so a very large estate stays fast. */
const MAX_LABELS = 400;

type Props = { buildings: Building[]; anchors: Record<string, Position>; shift?: Shift; label: (n: number) => string };

/** Building numbers on the map when zoomed in, for the buildings in view only (non-interactive, hidden from screen readers). */
export default function BuildingLabels({ buildings, anchors: anchorById, shift, label }: Props) {
  const map = useMap();
  useEffect(function labelBuildingsInView() {
    const group = L.layerGroup().addTo(map);
    const anchors = buildings.map((b) => ({ n: b.properties.number, at: L.latLng(toLatLng(anchorById[b.id]!, shift)) }));
    const update = () => {
      group.clearLayers();
      if (map.getZoom() < LABEL_ZOOM) return;
      const view = map.getBounds();
      anchors.filter((a) => view.contains(a.at)).slice(0, MAX_LABELS).forEach(({ n, at }) => {
        L.marker(at, {
          interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'cm-label', iconSize: [40, 16], html: `<span aria-hidden="true" title="${label(n)}">${n}</span>` }),
        }).addTo(group);
      });
    };
    update();
    map.on('moveend zoomend', update);
    return () => { map.off('moveend zoomend', update); group.remove(); };
  }, [map, buildings, shift]);
  return null;
}
