import L from 'leaflet';
import { useEffect, useState } from 'react';

/**
 * Loads Geoman (`@geoman-io/leaflet-geoman-free`, vertex editing and drawing) and its styles, on this page only.
 * Geoman finds Leaflet as the global `L` and hooks into maps and layers made after it loads, so the editor makes
 * its map once this says ready.
 */
export function useGeoman(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(function loadGeoman() {
    (window as unknown as { L: typeof L }).L = L;
    void Promise.all([import('@geoman-io/leaflet-geoman-free'), import('@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css')]).then(() => setReady(true));
  }, []);
  return ready;
}
