import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Geometry } from '../../schemas/geojson';

/** Geoman's drawing tool for each shape a new feature can have. */
const TOOL = { Point: 'Marker', LineString: 'Line', Polygon: 'Polygon' } as const;

type PmMap = { pm: { enableDraw: (shape: string, o: object) => void; disableDraw: () => void } };

/**
 * While mounted, the next taps on the map draw a new feature of the given geometry type with Geoman (a point: one
 * tap; a line or shape: a tap per vertex, finishing on the last or the first); the drawing is handed over and
 * removed from the map (the editor draws features itself).
 */
export default function DrawNew({ type, onDrawn }: { type: Geometry['type']; onDrawn: (g: Geometry) => void }) {
  const map = useMap();
  useEffect(function drawOne() {
    const pm = (map as unknown as PmMap).pm;
    const icon = L.divIcon({ className: 'me-drag', iconSize: [56, 56], html: '<span aria-hidden="true"></span>' });
    const created = (e: L.LeafletEvent) => {
      const layer = (e as L.LeafletEvent & { layer: L.Polygon }).layer;
      const g = layer.toGeoJSON().geometry as Geometry;
      layer.remove();
      onDrawn(g);
    };
    map.on('pm:create', created);
    pm.enableDraw(TOOL[type], { tooltips: false, markerStyle: { icon }, snappable: true, continueDrawing: false, finishOn: type === 'LineString' ? 'dblclick' : null });
    return () => { map.off('pm:create', created); pm.disableDraw(); };
  }, [map, type]);
  return null;
}
