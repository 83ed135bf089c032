import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { toLatLng } from '../../core/map/toLatLng';
import type { Landmark } from '../../schemas/landmark';
import type { Shift } from './datumShift';

/** Arrowheads at least this far apart (px), so they read as a direction and not as a second line. */
const SPACING_PX = 70;

/**
 * Small arrowheads along each walkway, pointing the way it is walked: from its first point (stop 1) onward.
 * Redrawn after each zoom, since their spacing and angles are in screen pixels. Decoration only: non-interactive.
 */
export default function WalkwayArrows({ walkways, version, shift }: { walkways: Landmark[]; version: string; shift?: Shift }) {
  const map = useMap();
  useEffect(function drawArrows() {
    const group = L.layerGroup().addTo(map);
    const lines = walkways.flatMap((w) => (w.geometry.type === 'LineString' ? [w.geometry.coordinates.map((p) => L.latLng(toLatLng(p, shift)))] : []));
    const update = () => {
      group.clearLayers();
      for (const line of lines) {
        // Distances along the line, in px: the next arrowhead is due at `next`, the segment starts at `start`.
        let [start, next] = [0, SPACING_PX / 2];
        for (let i = 1; i < line.length; i++) {
          const [a, b] = [map.latLngToLayerPoint(line[i - 1]!), map.latLngToLayerPoint(line[i]!)];
          const length = a.distanceTo(b);
          const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
          for (; next < start + length; next += SPACING_PX) {
            L.marker(map.layerPointToLatLng(a.add(b.subtract(a).multiplyBy((next - start) / length))), {
              interactive: false, keyboard: false, zIndexOffset: -1000,
              icon: L.divIcon({ className: 'cm-arrow', iconSize: [14, 14], html: `<span aria-hidden="true" style="rotate:${angle.toFixed(0)}deg">➤</span>` }),
            }).addTo(group);
          }
          start += length;
        }
      }
    };
    update();
    map.on('zoomend', update);
    return () => { map.off('zoomend', update); group.remove(); };
  }, [map, version, shift]);
  return null;
}
