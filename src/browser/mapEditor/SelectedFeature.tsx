import { useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry } from '../../schemas/geojson';
import type { Locale } from '../../schemas/locale';
import type { Provenance } from '../../schemas/mapEdit';
import type { EditorFeature } from './editorProps';
import type { EditorText } from './editorText';
import { featureName } from './FeaturePicker';
import { describeMove } from './geometryEdit';
import PropertiesForm from './PropertiesForm';
import SurveyPanel from './SurveyPanel';

type Props = {
  feature: EditorFeature; original?: EditorFeature; lang: Locale; languages: Locale[]; languageNames: Record<Locale, string>; text: EditorText; editing: boolean;
  onEditing: (on: boolean) => void; onPreview: (g: Geometry | undefined) => void;
  onSurveyed: (g: Geometry, provenance: Provenance) => void; onProperties: (p: Record<string, unknown>) => void;
  onDelete: () => void; onClose: () => void;
};
type Tool = 'survey' | 'details' | 'delete' | undefined;

/** The selected feature's card: where its position came from, how far it has moved, and what can be done with it. */
export default function SelectedFeature({ feature, original, lang, languages, languageNames, text, editing, onEditing, onPreview, onSurveyed, onProperties, onDelete, onClose }: Props) {
  const [tool, setTool] = useState<Tool>();
  const [preview, setPreview] = useState<Geometry>();
  const open = (t: Tool) => { setTool(tool === t ? undefined : t); onEditing(false); setPreview(undefined); onPreview(undefined); };
  const name = featureName(feature, lang);
  const moved = original && JSON.stringify(original.geometry) !== JSON.stringify(feature.geometry) ? describeMove(original.geometry, feature.geometry, text) : '';
  const surveyable = feature.geometry.type === 'Point' || feature.geometry.type === 'Polygon';
  // The server refuses to delete a check-in point (the trail's stops and count would break): say so before, not at save.
  const trailStop = feature.layer === 'landmarks' && feature.properties.kind === 'checkin';

  return (
    <section id="me-selected" className="me-selected" aria-labelledby="me-selected-name">
      <h2 id="me-selected-name">{name}</h2>
      <button type="button" className="me-close" onClick={onClose} aria-label={text['mapEditor.close']}>×</button>
      <p className="me-source">{sourceLine(feature.properties.provenance as Provenance | undefined, text)}</p>
      {moved && <p className="me-moved" role="status">{moved}</p>}
      <p className="me-actions">
        <button type="button" className="button-secondary" aria-pressed={editing} onClick={() => { setTool(undefined); onEditing(!editing); }}>{text['mapEditor.edit']}</button>
        {surveyable && <button type="button" className="button-secondary" aria-pressed={tool === 'survey'} onClick={() => open('survey')}>{feature.geometry.type === 'Point' ? text['mapEditor.survey'] : text['mapEditor.survey.corners']}</button>}
        <button type="button" className="button-secondary" aria-pressed={tool === 'details'} onClick={() => open('details')}>{text['mapEditor.details']}</button>
        <button type="button" className="button-secondary me-danger" aria-pressed={tool === 'delete'} onClick={() => open('delete')}>{text['mapEditor.delete']}</button>
      </p>
      {editing && <p className="me-hint">{text['mapEditor.edit.hint']} <button type="button" className="button-primary" onClick={() => onEditing(false)}>{text['mapEditor.edit.done']}</button></p>}
      {tool === 'survey' && (
        <>
          <SurveyPanel
            text={text} mode={feature.geometry.type === 'Point' ? 'point' : 'corners'}
            onPreview={(g) => { setPreview(g); onPreview(g); }}
            onUse={(g, p) => { setTool(undefined); setPreview(undefined); onSurveyed(g, p); }}
          />
          {preview && <p className="me-moved me-preview" role="status">{describeMove(feature.geometry, preview, text)}</p>}
        </>
      )}
      {tool === 'details' && (
        <PropertiesForm
          layer={feature.layer} id={feature.id} geometry={feature.geometry} properties={withoutProvenance(feature.properties)} languages={languages} languageNames={languageNames} text={text}
          onKeep={(p) => { setTool(undefined); const changed = changedProperties(feature.properties, p); if (Object.keys(changed).length) onProperties(changed); }}
          onCancel={() => setTool(undefined)}
        />
      )}
      {tool === 'delete' && trailStop && (
        <div className="confirm-box" role="status">
          <p>{fill(text['mapEditor.delete.checkin'], { name })}</p>
          <p className="me-actions"><button type="button" className="button-secondary" onClick={() => setTool(undefined)}>{text['mapEditor.close']}</button></p>
        </div>
      )}
      {tool === 'delete' && !trailStop && (
        <div className="confirm-box" role="alertdialog" aria-labelledby="me-delete-q">
          <p id="me-delete-q">{fill(text[feature.layer === 'landmarks' ? 'mapEditor.delete.confirm.landmark' : 'mapEditor.delete.confirm'], { name })}</p>
          <p className="me-actions">
            <button type="button" className="button-primary me-danger" onClick={onDelete}>{text['mapEditor.delete.yes']}</button>
            <button type="button" className="button-secondary" onClick={() => setTool(undefined)}>{text['mapEditor.cancel']}</button>
          </p>
        </div>
      )}
    </section>
  );
}

/** Where the feature's position came from, in the moderator's language; no provenance means schematic. */
function sourceLine(p: Provenance | undefined, text: EditorText): string {
  if (!p || p.source === 'schematic') return text['mapEditor.source.schematic'];
  if (p.source === 'gps') return fill(text['mapEditor.source.gps'], { fixes: p.fixes, accuracy: p.accuracyM, date: p.date });
  if (p.source === 'traced') return fill(text['mapEditor.source.traced'], { imagery: p.imagery, date: p.date });
  return fill(text['mapEditor.source.import'], { file: p.file, date: p.date });
}

function withoutProvenance(p: Record<string, unknown>): Record<string, unknown> {
  const { provenance: _, ...rest } = p;
  return rest;
}

/** Only what the form changed: new or different values, and `null` for a detail that was cleared. */
function changedProperties(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) if (JSON.stringify(before[k]) !== JSON.stringify(v)) out[k] = v;
  for (const k of Object.keys(before)) if (k !== 'provenance' && !(k in after)) out[k] = null;
  return out;
}
