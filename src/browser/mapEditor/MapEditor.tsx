import 'leaflet/dist/leaflet.css';
import '../map/map.css';
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AttributionControl, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import { FollowBoxSize } from '../map/FollowBoxSize';
import { anchorOf } from '../../core/map/anchorOf';
import { toLatLng } from '../../core/map/toLatLng';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Building } from '../../schemas/building';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Geometry } from '../../schemas/geojson';
import type { MapEdit, Provenance } from '../../schemas/mapEdit';
import BuildingLabels from '../map/BuildingLabels';
import AddFeature from './AddFeature';
import DrawNew from './DrawNew';
import EditorLayers from './EditorLayers';
import { type EditorFeature, type EditorProps, featureKey } from './editorProps';
import FeaturePicker from './FeaturePicker';
import FitSelected from './FitSelected';
import ImportPanel from './ImportPanel';
import { cleanGeometry } from './geometryEdit';
import SaveBar, { type SaveOutcome } from './SaveBar';
import SelectedFeature from './SelectedFeature';
import { applyToFeatures, stageEdit } from './stageEdit';
import { useEditorDatum } from './useEditorDatum';
import { useGeoman } from './useGeoman';

/**
 * The moderators' map editor: every feature of the four layers on the labelled map; select one to move it (drag, or
 * survey it on the spot), reshape it (Geoman), change its details or delete it; add new ones; then save all changes
 * at once, checked by the server against the map's rules. Nothing is sent until "Check and save".
 */
export default function MapEditor(props: EditorProps) {
  const { text, tiles } = props;
  const geoman = useGeoman();
  const [features, setFeatures] = useState(props.features);
  const [edits, setEdits] = useState<MapEdit[]>([]);
  const [selected, setSelected] = useState<string | undefined>(props.focus);
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<Geometry>();
  const [drawing, setDrawing] = useState<{ layer: EditorFeature['layer']; kind?: string; type: Geometry['type'] }>();
  const [drawn, setDrawn] = useState<EditorFeature>();
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const [tilesShown, setTilesShown] = useState(false);
  const [imported, setImported] = useState<Geometry[]>([]);
  const { toMap, fromMap, ready } = useEditorDatum(tiles, tilesShown);

  const feature = features.find((f) => featureKey(f) === selected);
  const original = props.features.find((f) => featureKey(f) === selected);
  const stage = useCallback((edit: MapEdit) => {
    setEdits((all) => stageEdit(all, edit));
    setFeatures((all) => applyToFeatures(all, edit));
    setOutcome(undefined);
  }, []);
  const select = useCallback((key: string | undefined) => { setSelected(key); setEditing(false); setPreview(undefined); }, []);
  const today = () => new Date().toISOString().slice(0, 10);
  const traced: Provenance | undefined = tilesShown && tiles ? { source: 'traced', imagery: tiles.provider, date: today() } : undefined;

  const current = useRef(features);
  current.current = features;
  const onDragged = useCallback((g: Geometry) => {
    const f = current.current.find((x) => featureKey(x) === selected);
    if (f) stage({ op: g.type === 'Point' ? 'move' : 'reshape', layer: f.layer, id: f.id, geometry: cleanGeometry(g, fromMap), ...(traced && { provenance: traced }) });
  }, [selected, fromMap, traced?.source, stage]);

  useEffect(function scrollSelectionIntoPanel() {
    if (selected) document.getElementById('me-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // The same array while no building changed, so the labels are not laid out again after every other edit.
  const buildingList = useRef<Building[]>([]);
  const buildings = useMemo(() => {
    const now = features.filter((f) => f.layer === 'buildings') as unknown as Building[];
    const same = now.length === buildingList.current.length && now.every((b, i) => b === buildingList.current[i]);
    if (!same) buildingList.current = now;
    return buildingList.current;
  }, [features]);
  const anchors = useMemo(() => Object.fromEntries(buildings.map((b) => [b.id, anchorOf(b.geometry)])), [buildings]);
  const stairwells = useMemo(() => Object.fromEntries(features.filter((f) => f.layer === 'stairwells').map((f) => [f.id, f.geometry.coordinates as [number, number]])), [features]);
  const base = useMemo(() => features.filter((f) => f.layer === 'base') as unknown as BaseFeature[], [features]);
  const problems = outcome?.kind === 'refused' ? outcome.byFeature : {};
  const newer = outcome?.kind === 'stale' ? outcome.newer : [];

  return (
    <div className="me">
      <div className="me-map-wrap">
        {geoman && ready ? (
          <MapContainer
            key={toMap ? 'shifted' : 'plain'}
            className="me-map"
            bounds={L.latLngBounds(props.view.bounds.map((p) => toLatLng(p, toMap)))}
            minZoom={props.view.minZoom}
            maxZoom={props.view.maxZoom}
            zoomSnap={0.25}
            zoomControl={false}
            attributionControl={false}
            ref={(m: L.Map | null) => { m?.getContainer().setAttribute('aria-label', fill(text['mapEditor.label'], { community: props.name })); }}
          >
            <ZoomControl zoomInTitle={text['map.zoomIn']} zoomOutTitle={text['map.zoomOut']} />
            {/* Leaflet credited in plain words, as on the public map (its default prefix is a link with a flag icon). */}
            <AttributionControl prefix="Leaflet" />
            {tilesShown && tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} subdomains={tiles.subdomains} maxNativeZoom={tiles.maxNativeZoom} maxZoom={props.view.maxZoom} />}
            <EditorLayers features={features} selected={selected} editing={editing} shift={toMap} preview={preview} imported={imported} newer={newer} problems={problems} onSelect={select} onDragged={onDragged} />
            <FitSelected selected={selected} geometry={feature?.geometry} preview={preview} shift={toMap} />
            <FollowBoxSize />
            <BuildingLabels buildings={buildings} anchors={anchors} stairwells={stairwells} base={base} lang={props.lang} shift={toMap} label={(n) => String(n)} />
            {drawing && <DrawNew type={drawing.type} onDrawn={(g) => { const d = drawing; setDrawing(undefined); setDrawn({ layer: d.layer, id: '', geometry: cleanGeometry(g, fromMap), properties: d.kind ? { kind: d.kind } : {} }); }} />}
          </MapContainer>
        ) : <div className="me-map" aria-busy="true" />}
      </div>
      <div className="me-panel">
        <FeaturePicker features={features} lang={props.lang} text={text} selected={selected} onSelect={select} />
        {tiles && (
          <p className="me-check"><label><input type="checkbox" checked={tilesShown} onChange={(e) => setTilesShown((e.target as HTMLInputElement).checked)} /> {text['mapEditor.tiles']}</label></p>
        )}
        {feature && (
          <SelectedFeature
            key={selected} feature={feature} original={original} lang={props.lang} languages={props.languages} languageNames={props.languageNames} text={text}
            editing={editing} onEditing={setEditing} onPreview={setPreview}
            onSurveyed={(geometry, provenance) => { setPreview(undefined); stage({ op: geometry.type === 'Point' ? 'move' : 'reshape', layer: feature.layer, id: feature.id, geometry, provenance }); }}
            onProperties={(properties) => stage({ op: 'properties', layer: feature.layer, id: feature.id, properties })}
            onDelete={() => { stage({ op: 'delete', layer: feature.layer, id: feature.id }); select(undefined); }}
            onClose={() => select(undefined)}
          />
        )}
        <AddFeature
          text={text} languages={props.languages} languageNames={props.languageNames} drawing={Boolean(drawing)} drawn={drawn}
          onDraw={(d) => { select(undefined); setDrawn(undefined); setDrawing(d); }}
          onCancel={() => { setDrawing(undefined); setDrawn(undefined); }}
          onAdd={(f, story) => { setDrawn(undefined); stage({ op: 'add', layer: f.layer, id: f.id, geometry: f.geometry, properties: f.properties, ...(traced && { provenance: traced }), ...(story && { story }) }); setSelected(featureKey(f)); }}
        />
        <ImportPanel text={text} importUrl={props.importUrl} onPreview={setImported} onApply={(all) => { for (const e of all) stage(e); }} />
        <SaveBar
          text={text} edits={edits} baseCommit={props.baseCommit} saveUrl={props.saveUrl} historyUrl={props.historyUrl}
          original={props.features} outcome={outcome} onOutcome={setOutcome}
          onDiscard={() => { setEdits([]); setFeatures(props.features); setOutcome(undefined); select(undefined); }}
          onSaved={(summary) => { const focus = selected ? `&focus=${encodeURIComponent(selected)}` : ''; location.assign(`${location.pathname}?saved=${encodeURIComponent(summary)}${focus}`); }}
        />
      </div>
    </div>
  );
}
