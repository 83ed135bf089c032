import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { mapUrl, parseMapUrl } from '../../core/map/mapUrlState';
import type { LayerKey } from '../../core/map/layerKeys';
import { toLatLng } from '../../core/map/toLatLng';
import { resolveTarget } from '../../core/search/resolveTarget';
import type { MapTarget } from '../../core/search/searchMap';
import DetailsSheet from './DetailsSheet';
import MapLayers from './MapLayers';
import MapPanel from './MapPanel';
import MapView from './MapView';
import SearchBox from './SearchBox';
import type { MapProps } from './mapProps';
import { useDatumShift } from './useDatumShift';

/**
 * The community map island: the embedded base map, buildings by renovation status, landmarks, search,
 * layer switches and a details sheet. Rendered by Preact through React's API (`client:only="preact"`).
 * The URL keeps the focused feature and the hidden layers (`?focus=…&hide=…`), so any view can be shared.
 */
export default function CommunityMap(props: MapProps) {
  const { text, view, search } = props;
  const [hidden, setHidden] = useState<LayerKey[]>(() => parseMapUrl(location.search).hidden);
  const [target, setTarget] = useState<MapTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [drawn, setDrawn] = useState<{ buildings: number; landmarks: number }>();
  const { shift, ready } = useDatumShift(props.tiles);

  useEffect(function focusFromUrl() {
    const { focus } = parseMapUrl(location.search);
    if (!focus) return;
    const found = resolveTarget(focus, search);
    if (found) setTarget(found);
    else setNotice(fill(text['map.focus.unknown'], { id: focus }));
  }, []);

  useEffect(function keepStateInUrl() {
    const query = mapUrl({ focus: target?.id, hidden }, location.search);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }, [target, hidden]);

  const select = useCallback((t: MapTarget | null) => {
    setTarget(t);
    if (t) setNotice('');
  }, []);
  const maxBounds = useMemo(() => L.latLngBounds(view.bounds.map((p) => toLatLng(p, shift))).pad(0.6), [view.bounds, shift]);

  return (
    <div className="cm">
      <SearchBox index={search} props={props} onSelect={select} />
      <p className="cm-notice" role="status" aria-live="polite">{notice && <>{notice} <button type="button" onClick={() => { setNotice(''); select(null); }}>{text['map.reset']}</button></>}</p>
      <div className="cm-body">
        <div>
        <MapContainer
          className="cm-map"
          bounds={L.latLngBounds(view.bounds.map((p) => toLatLng(p)))}
          maxBounds={maxBounds}
          maxBoundsViscosity={0.8}
          minZoom={view.minZoom}
          maxZoom={view.maxZoom}
          zoomSnap={0.25}
          preferCanvas={props.renderer !== 'svg'}
          attributionControl={false}
        >
          {/* Leaflet credited in plain words: its default prefix is a link with a flag icon, clutter on a phone. */}
          <AttributionControl prefix="Leaflet" />
          {ready && <MapLayers props={props} hidden={hidden} target={target} shift={shift} onSelect={select} onDrawn={setDrawn} />}
          <MapView props={props} target={target} shift={shift} ready={ready} />
        </MapContainer>
        <p className="cm-summary" aria-live="polite">{drawn && fill(text['map.summary'], drawn)}</p>
        </div>
        <MapPanel props={props} hidden={hidden} onChange={setHidden} />
        {target && <DetailsSheet props={props} target={target} onClose={() => select(null)} onSelect={select} />}
      </div>
    </div>
  );
}
