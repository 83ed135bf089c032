import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { type ComponentType, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { mapUrl } from '../../core/map/mapUrlState';
import type { LayerKey } from '../../core/map/layerKeys';
import { toLatLng } from '../../core/map/toLatLng';
import type { MapTarget } from '../../core/search/searchMap';
import type { DrawnCounts } from './communityLayers';
import { type DrawnFrame, type FirstFrame, firstFrame } from './firstFrame';
import { nextTask } from './nextTask';
import { MAP_DATA_ID, type MapProps } from './mapProps';
import { useCommunityLayers } from './useCommunityLayers';

type Parts = typeof import('./mapParts');

type Sheet = ComponentType<{ props: MapProps; target: MapTarget; onClose: () => void; onSelect: (t: MapTarget) => void }>;

// Loading this island starts the map's first frame (`firstFrame`): plain Leaflet drawing the page's map data as soon as
// the island's scripts have run, before Preact renders anything.
if (typeof document !== 'undefined') firstFrame(MAP_DATA_ID);

/**
 * The island as the home page mounts it. Its data is the page's one `<script type="application/json">`
 * (`MAP_DATA_ID`), read once, by the first frame — smaller than island props and parsed by the browser's own JSON
 * parser. The rest of the map comes once that frame is on screen.
 */
export default function CommunityMapIsland() {
  const [frame] = useState(() => firstFrame(MAP_DATA_ID));
  const [drawn, setDrawn] = useState<DrawnFrame>();
  // In a task of its own, not the one that marks `map:drawn`.
  useEffect(function startOnceFirstFrameDrawn() { void frame?.drawn.then((d) => nextTask(() => setDrawn(d))); }, []);
  return frame && drawn ? <CommunityMap frame={frame} drawn={drawn} /> : null;
}

/**
 * The community map island: the embedded base map, buildings by renovation status, landmarks, search,
 * layer switches and a details sheet. Rendered by Preact through React's API (`client:only="preact"`).
 * The URL keeps the focused feature and the hidden layers (`?focus=…&hide=…`), so any view can be shared.
 *
 * Its first frame (base map, buildings, landmarks; `map:drawn`) is plain Leaflet, drawn before this island came
 * (`firstFrame`) and taken over here; the rest (`mapParts`: search, layers panel, what react-leaflet adds on the map)
 * comes after it, on the same map. Without the rest (a failed download) the map is still there to pan, zoom, read and tap.
 */
export function CommunityMap({ frame, drawn: firstDrawn }: { frame: FirstFrame; drawn: DrawnFrame }) {
  const { props, opened } = frame;
  const { map, shift } = firstDrawn;
  const { text, view, search } = props;
  const [hidden, setHidden] = useState<LayerKey[]>(opened.hidden);
  const [target, setTarget] = useState<MapTarget | null>(null);
  const [notice, setNotice] = useState('');
  const [drawn, setDrawn] = useState<DrawnCounts>();
  // Phones: the layers sheet over the map's lower part (wide screens show the panel beside the map regardless).
  const [layersOpen, setLayersOpen] = useState(false);
  const layersButton = useRef<HTMLButtonElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const floating = useRef<HTMLDivElement>(null);
  const mapHost = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // The place a ?focus= link names is found with the search engine (loaded for it); until then the address keeps the
  // link as it came (the language switch copies it from there), and then follows the map.
  const [linked, setLinked] = useState(!opened.focus);
  useEffect(function focusTheLinkedPlace() {
    const { focus } = opened;
    if (!focus) return;
    void import('./search').then(({ resolveTarget }) => {
      const found = resolveTarget(focus, search);
      if (found) setTarget((chosen) => chosen ?? found);
      else setNotice(fill(text['map.focus.unknown'], { id: focus }));
    }, () => {}).finally(() => setLinked(true));
  }, []);

  useEffect(function keepStateInUrl() {
    if (!linked) return;
    const query = mapUrl({ focus: target?.id, hidden }, location.search);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }, [target, hidden, linked]);

  const select = useCallback((t: MapTarget | null) => {
    setTarget(t);
    if (t) { setNotice(''); setLayersOpen(false); }
  }, []);
  const openLayers = () => {
    setTarget(null);
    setLayersOpen(true);
    // Phones: the sheet covers the screen's lower part, so bring the map's top to the screen's top to keep it in view.
    if (matchMedia('(max-width: 899px)').matches) stage.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  const closeLayers = useCallback(() => { setLayersOpen(false); layersButton.current?.focus({ preventScroll: true }); }, []);

  // The first frame's map box, moved into its place here (the same place on screen).
  useLayoutEffect(function takeOverTheMap() {
    mapHost.current!.append(frame.box);
    return () => { map.remove(); frame.box.remove(); };
  }, []);
  const { pins, version } = useCommunityLayers(frame, firstDrawn, { hidden, onSelect: select, onDrawn: setDrawn });
  // The rest now, in two steps: the search box and the layers panel, then what goes on the map. (Not preloaded with
  // the page: on a slow network its bytes would hold back the page's first paint.)
  const [parts, setParts] = useState<Parts>();
  const [onMap, setOnMap] = useState(false);
  useEffect(function addTheRest() {
    void import('./mapParts').then((m) => setParts(() => m), () => {});
  }, []);
  useEffect(() => (parts ? nextTask(() => setOnMap(true)) : undefined), [parts]);
  // Leaflet's controls start below the floating search box (`--cm-top-end`) once it is there, however tall its words
  // make it (a label on two lines, 长辈模式's larger type); not below its results, which open over the map and the
  // controls. (A size observer reports before the frame is painted.)
  useLayoutEffect(function controlsBelowSearch() {
    const panel = floating.current;
    const row = panel?.querySelector<HTMLElement>('.cm-search-row');
    if (!parts || !panel || !row) return;
    const observer = new ResizeObserver(() => {
      const end = panel.offsetTop + row.offsetTop + row.offsetHeight + Number.parseFloat(getComputedStyle(panel).paddingBottom);
      stage.current?.style.setProperty('--cm-top-end', `${Math.round(end)}px`);
    });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [parts]);
  // The details sheet's code loads when a place is first chosen. The map moves to the place once the sheet is there,
  // so it can leave the place clear of it.
  const [DetailsSheet, setDetailsSheet] = useState<Sheet>();
  useEffect(function loadDetailsSheet() {
    if (target && !DetailsSheet && parts) void parts.loadDetailsSheet().then((m) => setDetailsSheet(() => m.default), () => setDetailsSheet(() => () => null));
  }, [target, parts]);
  const maxBounds = useMemo(() => L.latLngBounds(view.bounds.map((p) => toLatLng(p, shift))).pad(0.6), [view.bounds, shift]);

  return (
    <div className="cm">
      <div className="cm-body">
        <div className="cm-stage" ref={stage}>
        {/* Search floats over the map's top edge, so on a phone the map itself is the first screen (first in tab order too). */}
        <div className="cm-top" ref={floating}>
          {parts && <parts.SearchBox index={search} props={props} onSelect={select} />}
          <p className="cm-notice" role="status" aria-live="polite">{notice && <>{notice} <button type="button" onClick={() => { setNotice(''); select(null); }}>{text['map.reset']}</button></>}</p>
        </div>
        {/* The first frame's map box (.cm-map, Leaflet's own) moves in here; nothing of ours renders inside it. */}
        <div className="cm-map-host" ref={mapHost} />
        <button type="button" className="cm-layers-button" ref={layersButton} aria-expanded={layersOpen} aria-controls={panelId}
          onClick={() => (layersOpen ? closeLayers() : openLayers())}>{text['map.layers']}</button>
        <p className="cm-summary" aria-live="polite">{drawn && fill(text['map.summary'], drawn)}</p>
        </div>
        {parts && <parts.MapPanel props={props} hidden={hidden} onChange={setHidden} open={layersOpen} onClose={closeLayers} id={panelId} />}
        {target && DetailsSheet && <DetailsSheet props={props} target={target} onClose={() => select(null)} onSelect={select} />}
      </div>
      {parts && onMap && version !== undefined && (
        <parts.OnMap map={map}>
          <parts.MapLayers props={props} hidden={hidden} target={target} shift={shift} pins={pins} version={version} />
          <parts.MapView props={props} target={DetailsSheet ? target : null} shift={shift} maxBounds={maxBounds} />
        </parts.OnMap>
      )}
    </div>
  );
}
