import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useState } from 'react';
import { AttributionControl, CircleMarker, GeoJSON, MapContainer, useMapEvents } from 'react-leaflet';
import type { Building } from '../../schemas/building';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Community } from '../../schemas/community';
import { toLatLng } from '../../core/map/toLatLng';
import { BASE_MAP_COLOURS } from '../../core/style/baseMapColours';
import { BASE_STYLE, buildingStyle } from './mapStyles';

export type LocationPickerProps = {
  label: string;
  view: Pick<Community, 'bounds' | 'minZoom' | 'maxZoom'>;
  base: { type: 'FeatureCollection'; features: BaseFeature[] };
  buildings: { type: 'FeatureCollection'; features: Building[] };
  /** Ids of the form's hidden longitude and latitude inputs, which this island fills. */
  lngInput: string;
  latInput: string;
};

/**
 * The submit form's map: tap (or click) to choose where the story's place is. It only fills the form's
 * hidden lng/lat inputs (and listens to them, so a restored draft shows its point); the form, its
 * building and stairwell choices and all checks work without it.
 */
export default function LocationPicker({ label, view, base, buildings, lngInput, latInput }: LocationPickerProps) {
  const read = (): [number, number] | undefined => {
    const lng = Number((document.getElementById(lngInput) as HTMLInputElement | null)?.value);
    const lat = Number((document.getElementById(latInput) as HTMLInputElement | null)?.value);
    return lng && lat ? [lng, lat] : undefined;
  };
  const [point, setPoint] = useState(read);
  useEffect(function followTheForm() {
    const sync = () => setPoint(read());
    document.addEventListener('location-change', sync);
    return () => document.removeEventListener('location-change', sync);
  }, []);
  const pick = (lng: number, lat: number) => {
    (document.getElementById(lngInput) as HTMLInputElement).value = lng.toFixed(6);
    (document.getElementById(latInput) as HTMLInputElement).value = lat.toFixed(6);
    document.dispatchEvent(new CustomEvent('location-change'));
  };
  return (
    <MapContainer
      className="cm-map cm-picker"
      bounds={L.latLngBounds(view.bounds.map((p) => toLatLng(p)))}
      maxBounds={L.latLngBounds(view.bounds.map((p) => toLatLng(p))).pad(0.3)}
      minZoom={view.minZoom}
      maxZoom={view.maxZoom}
      zoomSnap={0.25}
      preferCanvas
      attributionControl={false}
      ref={(map: L.Map | null) => { map?.getContainer().setAttribute('aria-label', label); map?.getContainer().setAttribute('role', 'region'); }}
    >
      <AttributionControl prefix="Leaflet" />
      <GeoJSON data={base} interactive={false} style={(f) => BASE_STYLE[(f as BaseFeature).properties.kind]} pointToLayer={(_f, at) => L.circleMarker(at, { ...BASE_STYLE.gate, interactive: false })} />
      <GeoJSON data={buildings} interactive={false} style={buildingStyle} />
      <TapToPick onPick={pick} />
      {point && <CircleMarker center={toLatLng(point)} radius={12} className="cm-picked" color={BASE_MAP_COLOURS.highlight} weight={4} fillColor="#fff" fillOpacity={0.9} interactive={false} />}
    </MapContainer>
  );
}

function TapToPick({ onPick }: { onPick: (lng: number, lat: number) => void }) {
  useMapEvents({ click: (e) => onPick(e.latlng.lng, e.latlng.lat) });
  return null;
}
