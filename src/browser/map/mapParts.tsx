import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import type L from 'leaflet';
import { useMemo, type ReactNode } from 'react';

/**
 * The parts of the community map that come after its first frame (`CommunityMap` draws that in plain Leaflet with
 * only what it needs loaded): the search box, the layers panel, and what react-leaflet puts on the map. One module,
 * loaded while the first frame is drawn.
 */
export { default as MapLayers } from './MapLayers';
export { default as MapPanel } from './MapPanel';
export { default as MapView } from './MapView';
export { default as SearchBox } from './SearchBox';

/** react-leaflet's components and hooks (`useMap`) on a map made without `MapContainer`. */
export function OnMap({ map, children }: { map: L.Map; children: ReactNode }) {
  const context = useMemo(() => createLeafletContext(map), [map]);
  return <LeafletContext.Provider value={context}>{children}</LeafletContext.Provider>;
}

/** The details sheet's code (2 KB gzip) loads when a place is first chosen, not with the map. */
export const loadDetailsSheet = () => import('./DetailsSheet');
