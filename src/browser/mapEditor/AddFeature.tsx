import { useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry } from '../../schemas/geojson';
import { BASE_KINDS } from '../../schemas/enums';
import { LANDMARK_KINDS } from '../../schemas/landmarkKinds';
import type { Locale } from '../../schemas/locale';
import { MAP_LAYERS, type MapLayer } from '../../schemas/mapEdit';
import type { EditorFeature } from './editorProps';
import type { EditorText, EditorTextKey } from './editorText';
import PropertiesForm from './PropertiesForm';

/** The geometry a new feature has, by layer and kind (as the schemas ask: a walkway is a line, a pet area a shape…). */
function geometryType(layer: MapLayer, kind?: string): Geometry['type'] {
  if (layer === 'buildings') return 'Polygon';
  if (layer === 'stairwells') return 'Point';
  if (kind === 'walkway' || kind === 'road') return 'LineString';
  if (kind === 'pet-area' || kind === 'boundary' || kind === 'green') return 'Polygon';
  return 'Point';
}
/** What a new feature's details start as, before the moderator fills them in. */
const STARTING: Partial<Record<MapLayer, Record<string, unknown>>> = { buildings: { stairwells: 1, storeys: 6, lift: false, status: 'not-yet' } };

type Props = {
  text: EditorText; languages: Locale[]; languageNames: Record<Locale, string>; drawing: boolean; drawn?: EditorFeature;
  onDraw: (d: { layer: MapLayer; kind?: string; type: Geometry['type'] }) => void; onCancel: () => void;
  /** The new feature; for a landmark, its story text by language too (the first language's is required). */
  onAdd: (f: EditorFeature, story?: Record<string, string>) => void;
};

/** "Add a feature": choose what, draw it on the map (Geoman), then fill in its details; it is staged like any change. */
export default function AddFeature({ text, languages, languageNames, drawing, drawn, onDraw, onCancel, onAdd }: Props) {
  const [layer, setLayer] = useState<MapLayer>('landmarks');
  const kinds: readonly string[] = layer === 'landmarks' ? LANDMARK_KINDS : layer === 'base' ? BASE_KINDS : [];
  const [kind, setKind] = useState<string>('bench');
  const chosenKind = kinds.includes(kind) ? kind : kinds[0];
  const kindLabel = (k: string) => (text as Record<string, string>)[`kind.${k}.one`] ?? text[`mapEditor.base.${k}` as EditorTextKey] ?? k;
  const [story, setStory] = useState<Record<string, string>>({});
  const first = languages[0] ?? '';
  const nameOf = (l: Locale) => languageNames[l] ?? l;
  const withStory = drawn?.layer === 'landmarks';
  const storyOf = () => Object.fromEntries(Object.entries(story).map(([l, v]) => [l, v.trim()]).filter(([, v]) => v));

  return (
    <details className="me-add" open={drawing || Boolean(drawn)}>
      <summary>{text['mapEditor.add']}</summary>
      {!drawing && !drawn && (
        <div className="me-row">
          <p><label htmlFor="me-add-layer">{text['mapEditor.add.layer']}</label>
            <select id="me-add-layer" value={layer} onChange={(e) => setLayer((e.target as HTMLSelectElement).value as MapLayer)}>
              {MAP_LAYERS.map((l) => <option key={l} value={l}>{text[`mapEditor.layer.${l}`]}</option>)}
            </select></p>
          {kinds.length > 0 && (
            <p><label htmlFor="me-add-kind">{text['mapEditor.add.kind']}</label>
              <select id="me-add-kind" value={chosenKind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
                {kinds.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
              </select></p>
          )}
          <p><button type="button" className="button-primary" onClick={() => onDraw({ layer, kind: chosenKind, type: geometryType(layer, chosenKind) })}>{text['mapEditor.add']}</button></p>
        </div>
      )}
      {drawing && <p className="me-hint" role="status">{text['mapEditor.add.draw']} <button type="button" className="button-secondary" onClick={onCancel}>{text['mapEditor.cancel']}</button></p>}
      {drawn && (
        <PropertiesForm
          layer={drawn.layer} id="" isNew geometry={drawn.geometry} languages={languages} languageNames={languageNames} text={text}
          properties={{ ...STARTING[drawn.layer], ...drawn.properties, name: Object.fromEntries(languages.map((l) => [l, ''])) }}
          onKeep={(properties, id) => { onAdd({ ...drawn, id, properties }, withStory ? storyOf() : undefined); setStory({}); }} onCancel={onCancel}
          extra={withStory && (
            <fieldset className="me-story">
              <legend>{text['mapEditor.story']}</legend>
              <p className="me-hint">{fill(text['mapEditor.story.hint'], { first: nameOf(first) })}</p>
              {languages.map((l) => (
                <p key={l}><label htmlFor={`me-story-${l}`}>{text['mapEditor.story.body']} <span lang={l}>({nameOf(l)})</span></label>
                  <textarea id={`me-story-${l}`} lang={l} rows={4} maxLength={6000} required={l === first} value={story[l] ?? ''}
                    onInput={(e) => { const v = (e.target as HTMLTextAreaElement).value; setStory((s) => ({ ...s, [l]: v })); }} /></p>
              ))}
            </fieldset>
          )}
          checkExtra={() => (withStory && !story[first]?.trim() ? [fill(text['mapEditor.story.required'], { lang: nameOf(first) })] : [])}
        />
      )}
    </details>
  );
}
