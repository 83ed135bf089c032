import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { AttributionControl, CircleMarker, GeoJSON, MapContainer, Marker, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import type { Building } from '../../schemas/building';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Community } from '../../schemas/community';
import type { Position } from '../../schemas/geojson';
import { overlaps } from '../../core/map/placeLabels';
import { boxOf, floatingControls } from './floatingControls';
import { toLatLng } from '../../core/map/toLatLng';
import { BASE_MAP_COLOURS } from '../../core/style/baseMapColours';
import { BASE_STYLE, buildingStyle } from './mapStyles';
import { FollowBoxSize } from './FollowBoxSize';
import { nextTask } from './nextTask';

export type LocationPickerProps = {
  label: string;
  /** The zoom buttons' names, in the page's language. */
  zoom: { in: string; out: string };
  view: Pick<Community, 'bounds' | 'minZoom' | 'maxZoom'>;
  base: { type: 'FeatureCollection'; features: BaseFeature[] };
  buildings: { type: 'FeatureCollection'; features: Building[] };
  /** Each building's number and the anchor its label sits on (computed at build time with `anchorOf`). */
  labels: { number: number; at: Position }[];
  /** Landmarks and check-in points, drawn as small dots so the resident can find their bearings. */
  dots: Position[];
  /** Ids of the form's hidden longitude and latitude inputs, whose point this island shows. */
  lngInput: string;
  latInput: string;
};

/** One label icon per building number, made once. */
const labelIcon = (n: number) => L.divIcon({ className: 'cm-picker-label', html: String(n), iconSize: [28, 16] });

/**
 * A map to choose where a story's place is (submit form, moderator's page), with building numbers and
 * landmark dots. A tap is announced as a `location-tap` event (`detail: { lng, lat }`); the form's script
 * snaps it, fills the lng/lat inputs and the building/stairwell selects, and says `location-change`, which
 * this island follows (so a restored draft or a chosen building shows its point). Everything works without it.
 */
export default function LocationPicker({ label, zoom, view, base, buildings, labels, dots, lngInput, latInput }: LocationPickerProps) {
  const read = (): [number, number] | undefined => {
    const lng = Number((document.getElementById(lngInput) as HTMLInputElement | null)?.value);
    const lat = Number((document.getElementById(latInput) as HTMLInputElement | null)?.value);
    return lng && lat ? [lng, lat] : undefined;
  };
  const [point, setPoint] = useState(read);
  // The map, base map and buildings first; the numbers and landmark dots in a task of their own (a phone can paint and
  // answer a tap in between).
  const [numbers, setNumbers] = useState(false);
  useEffect(() => nextTask(() => setNumbers(true)), []);
  useEffect(function followTheForm() {
    const sync = () => setPoint(read());
    document.addEventListener('location-change', sync);
    return () => document.removeEventListener('location-change', sync);
  }, []);
  const pick = (lng: number, lat: number) => document.dispatchEvent(new CustomEvent('location-tap', { detail: { lng, lat } }));
  return (
    <MapContainer
      className="cm-map cm-picker"
      bounds={L.latLngBounds(view.bounds.map((p) => toLatLng(p)))}
      maxBounds={L.latLngBounds(view.bounds.map((p) => toLatLng(p))).pad(0.3)}
      minZoom={view.minZoom}
      maxZoom={view.maxZoom}
      // Fitted at any fractional zoom, like the SVG the page shows before this island; then quarter steps.
      zoomSnap={0}
      preferCanvas
      attributionControl={false}
      zoomControl={false}
      ref={(map: L.Map | null) => {
        if (!map) return;
        map.getContainer().setAttribute('aria-label', label);
        map.getContainer().setAttribute('role', 'region');
        map.options.zoomSnap = 0.25;
      }}
    >
      <ZoomControl zoomInTitle={zoom.in} zoomOutTitle={zoom.out} />
      <AttributionControl prefix="Leaflet" />
      <GeoJSON data={base} interactive={false} style={(f) => BASE_STYLE[(f as BaseFeature).properties.kind]} pointToLayer={(_f, at) => L.circleMarker(at, { ...BASE_STYLE.gate, interactive: false })} />
      <GeoJSON data={buildings} interactive={false} style={buildingStyle} />
      {numbers && dots.map((at) => <CircleMarker key={at.join()} center={toLatLng(at)} radius={3} className="cm-picker-dot" color={BASE_MAP_COLOURS.gate} weight={1} fillOpacity={0.8} interactive={false} />)}
      {numbers && labels.map((b) => <Marker key={b.number} position={toLatLng(b.at)} icon={labelIcon(b.number)} interactive={false} keyboard={false} />)}
      {numbers && <NumbersClearOfControls />}
      <FollowBoxSize />
      <TapToPick onPick={pick} />
      {point && <CircleMarker center={toLatLng(point)} radius={12} className="cm-picked" color={BASE_MAP_COLOURS.highlight} weight={4} fillColor="#fff" fillOpacity={0.9} interactive={false} />}
    </MapContainer>
  );
}

/**
 * Hides each building number that one of the map's controls (the zoom buttons, the attribution) covers even in part,
 * since a cut number is misread or unreadable; it shows again once a pan or zoom brings it clear. Measured in the frame
 * after the numbers are put on the map and after each move, so the task that adds them forces no layout.
 */
function NumbersClearOfControls() {
  const map = useMap();
  useEffect(function hideNumbersUnderControls() {
    // The number's own glyphs, not its 28 px wide icon: "1" may come close to a control without being cut.
    const range = document.createRange();
    const check = () => {
      const controls = floatingControls(map.getContainer()).map(boxOf);
      for (const label of map.getContainer().querySelectorAll<HTMLElement>('.cm-picker-label')) {
        range.selectNodeContents(label);
        // 2 px: the white halo (text-shadow) round a number touching a control's edge would run into it.
        label.style.visibility = controls.some((c) => overlaps(boxOf(range.getBoundingClientRect()), c, 2)) ? 'hidden' : '';
      }
    };
    let frame = requestAnimationFrame(check);
    const later = () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(check); };
    map.on('moveend zoomend resize', later);
    return () => { cancelAnimationFrame(frame); map.off('moveend zoomend resize', later); };
  }, [map]);
  return null;
}

function TapToPick({ onPick }: { onPick: (lng: number, lat: number) => void }) {
  useMapEvents({ click: (e) => onPick(e.latlng.lng, e.latlng.lat) });
  return null;
}
