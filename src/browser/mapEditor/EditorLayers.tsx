import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { KIND_SYMBOLS } from '../../core/map/landmarkSymbols';
import { toLatLng } from '../../core/map/toLatLng';
import { BASE_MAP_COLOURS } from '../../core/style/baseMapColours';
import { KIND_COLOURS } from '../../core/style/palette';
import { escapeHtml } from '../../core/text/escapeHtml';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Geometry, Position } from '../../schemas/geojson';
import type { Landmark } from '../../schemas/landmark';
import { BASE_STYLE, buildingStyle } from '../map/mapStyles';
import type { Shift } from '../map/datumShift';
import { type EditorFeature, featureKey } from './editorProps';
import { centre } from './geometryEdit';

/** Drawing order: the base map under the buildings, then shapes, entrances and pins on top. */
const LAYER_ORDER = { base: 0, buildings: 1, landmarks: 2, stairwells: 3 } as const;
const SELECTED: L.PathOptions = { color: BASE_MAP_COLOURS.highlight, weight: 4, opacity: 1 };
const PREVIEW: L.PathOptions = { color: '#e65100', weight: 3, dashArray: '6 5', fill: false, interactive: false, className: 'me-preview-shape' };
const NEWER: L.PathOptions = { color: '#6a1b9a', weight: 3, dashArray: '2 6', fill: false, interactive: false, className: 'me-newer' };
const PROBLEM: L.PathOptions = { color: '#b3261e', weight: 4, opacity: 1 };

type Props = {
  features: EditorFeature[];
  selected?: string;
  /** The selected feature is open for dragging its point or vertices (Geoman). */
  editing: boolean;
  shift?: Shift;
  /** Where a survey or an import would put the selected feature: drawn dashed, with a line from where it is. */
  preview?: Geometry;
  /** What an imported file would make of features: drawn dashed. */
  imported: Geometry[];
  /** Someone else's newer version of features (a stale save), drawn dotted. */
  newer: EditorFeature[];
  /** Features a refused save broke a rule on, with the rule: outlined red, the rule named beside them. */
  problems: Record<string, string>;
  onSelect: (key: string) => void;
  /** The selected feature's new geometry after a drag, in the map's coordinates (the island undoes any datum shift). */
  onDragged: (geometry: Geometry) => void;
};

/**
 * Every feature of the four layers, each its own Leaflet layer so one can be selected and edited. Redrawn when the
 * features or the selection change; the selected one is outlined, and with `editing` Geoman's handles let the
 * moderator drag its point or its vertices.
 */
export default function EditorLayers({ features, selected, editing, shift, preview, imported, newer, problems, onSelect, onDragged }: Props) {
  const map = useMap();
  useEffect(function drawFeatures() {
    const group = L.featureGroup().addTo(map);
    const ordered = [...features].sort((a, b) => LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer]);
    for (const f of ordered) {
      const key = featureKey(f);
      const dragPoint = key === selected && editing && f.geometry.type === 'Point';
      const layer = dragPoint ? draggablePoint(f, shift) : layerOf(f, shift, key === selected, problems[key]);
      layer.on('click', () => onSelect(key));
      layer.on('keydown', (e) => {
        const k = (e as L.LeafletKeyboardEvent).originalEvent.key;
        if (k === 'Enter' || k === ' ') onSelect(key);
      });
      if (problems[key]) layer.bindTooltip(escapeHtml(problems[key]), { permanent: true, direction: 'top', className: 'me-problem-tip' });
      group.addLayer(layer);
      if (dragPoint) layer.on('dragend', () => onDragged((layer as L.Marker).toGeoJSON().geometry as Geometry));
      else if (key === selected && editing) {
        // Lines and shapes: Geoman's vertex handles (drag a corner, tap a middle handle to add one, long-press to remove).
        const pm = (layer as L.Layer & { pm?: { enable: (o: object) => void } }).pm;
        pm?.enable({ snappable: true, snapDistance: 12, allowSelfIntersection: false });
        layer.on('pm:edit', () => onDragged((layer as L.Polygon).toGeoJSON().geometry as Geometry));
      }
    }
    for (const f of newer) group.addLayer(outline(f.geometry, shift, NEWER));
    for (const g of imported) group.addLayer(outline(g, shift, PREVIEW));
    const from = features.find((f) => featureKey(f) === selected);
    if (preview) {
      group.addLayer(outline(preview, shift, PREVIEW));
      if (from) group.addLayer(L.polyline([toLatLng(centre(from.geometry), shift), toLatLng(centre(preview), shift)], { ...PREVIEW, weight: 2 }));
    }
    return () => { group.remove(); };
  }, [map, features, selected, editing, shift, preview, imported, newer, problems]);
  return null;
}

/** A feature's Leaflet layer in the style of the public map: pins for landmarks, dots for entrances, shapes by kind. */
function layerOf(f: EditorFeature, shift: Shift | undefined, selected: boolean, problem: string | undefined): L.Layer {
  const g = f.geometry;
  const latLngs = (ps: Position[]) => ps.map((p) => toLatLng(p, shift));
  const accent = { ...(selected && SELECTED), ...(problem && PROBLEM) };
  if (g.type === 'Point') {
    if (f.layer === 'landmarks') return L.marker(toLatLng(g.coordinates, shift), { icon: pinIcon(f, selected || Boolean(problem)), keyboard: true, title: f.id });
    const radius = f.layer === 'stairwells' ? 3 : 7;
    const style = f.layer === 'base' ? BASE_STYLE.gate : { color: '#3b3530', weight: 1, fillColor: '#fff', fillOpacity: 1 };
    return L.circleMarker(toLatLng(g.coordinates, shift), { ...style, radius: selected ? radius + 5 : radius, ...accent });
  }
  const style = styleOf(f);
  if (g.type === 'LineString') return L.polyline(latLngs(g.coordinates), { ...style, ...accent });
  return L.polygon(g.coordinates.map((r) => latLngs(r.slice(0, -1))), { ...style, ...accent });
}

function styleOf(f: EditorFeature): L.PathOptions {
  if (f.layer === 'base') return { ...BASE_STYLE[(f.properties as BaseFeature['properties']).kind], fillOpacity: 0.6 };
  if (f.layer === 'buildings') return buildingStyle(f);
  const kind = (f.properties as Landmark['properties']).kind;
  return kind === 'walkway'
    ? { color: KIND_COLOURS.walkway, weight: 6, opacity: 0.95, dashArray: '1 9', lineCap: 'round' }
    : { color: KIND_COLOURS[kind], weight: 2, fillColor: KIND_COLOURS[kind], fillOpacity: 0.35 };
}

/** A landmark pin as on the public map (44 px target, the check-in number or the kind's symbol), ringed when selected. */
function pinIcon(f: EditorFeature, ringed: boolean): L.DivIcon {
  const { kind, order } = f.properties as Landmark['properties'];
  const glyph = kind === 'checkin' ? String(order) : KIND_SYMBOLS[kind];
  return L.divIcon({
    className: `cm-pin cm-pin-${kind}${ringed ? ' me-pin-selected' : ''}`,
    iconSize: [44, 44],
    html: `<span class="cm-dot" style="--c:${KIND_COLOURS[kind]}" aria-hidden="true">${escapeHtml(glyph ?? '')}</span><span class="vh">${escapeHtml(f.id)}</span>`,
  });
}

/** The selected point while it is being moved: a large ring to drag with a finger (Leaflet's own marker dragging). */
function draggablePoint(f: EditorFeature, shift: Shift | undefined): L.Marker {
  const at = toLatLng(f.geometry.coordinates as Position, shift);
  return L.marker(at, {
    draggable: true, keyboard: true, title: f.id, zIndexOffset: 2000, autoPan: true,
    icon: L.divIcon({ className: 'me-drag', iconSize: [56, 56], html: `<span aria-hidden="true"></span><span class="vh">${escapeHtml(f.id)}</span>` }),
  });
}

/** A dashed or dotted outline of a geometry (a point as a ring). */
function outline(g: Geometry, shift: Shift | undefined, style: L.PathOptions): L.Layer {
  if (g.type === 'Point') return L.circleMarker(toLatLng(g.coordinates, shift), { ...style, radius: 16 });
  if (g.type === 'LineString') return L.polyline(g.coordinates.map((p) => toLatLng(p, shift)), style);
  return L.polygon(g.coordinates.map((r) => r.slice(0, -1).map((p) => toLatLng(p, shift))), style);
}
