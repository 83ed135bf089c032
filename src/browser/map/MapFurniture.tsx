import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { escapeHtml } from '../../core/text/escapeHtml';

/**
 * A north arrow and, under it, Leaflet's metric scale bar (top right, clear of the attribution), so a visitor can tell which way is up and
 * how far a walk is. The map is never rotated, so north is always straight up.
 */
export default function MapFurniture({ north, letter }: { north: string; letter: string }) {
  const map = useMap();
  useEffect(function addNorthArrowAndScale() {
    const arrow = new L.Control({ position: 'topright' });
    arrow.onAdd = () => {
      const el = L.DomUtil.create('div', 'cm-north');
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', north);
      el.innerHTML = `<svg viewBox="0 0 24 32" width="24" height="32" aria-hidden="true"><path d="M12 2 20 22 12 17 4 22Z" fill="#1d1b1a"/><text x="12" y="31" text-anchor="middle">${escapeHtml(letter)}</text></svg>`;
      return el;
    };
    arrow.addTo(map);
    const scale = L.control.scale({ metric: true, imperial: false, position: 'topright' }).addTo(map);
    return () => { scale.remove(); arrow.remove(); };
  }, [map, north, letter]);
  return null;
}
