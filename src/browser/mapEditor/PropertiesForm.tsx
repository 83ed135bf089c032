import { type ReactNode, useId, useMemo, useState } from 'react';
import type { z } from 'astro/zod';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry } from '../../schemas/geojson';
import type { Locale } from '../../schemas/locale';
import type { MapLayer } from '../../schemas/mapEdit';
import type { EditorText, EditorTextKey } from './editorText';
import { fieldProblem } from './fieldProblem';
import { DERIVED_ID, LAYER_SCHEMAS } from './layerSchemas';
import { type Field, schemaFields } from './schemaFields';

type Props = {
  layer: MapLayer; geometry: Geometry; properties: Record<string, unknown>; languages: Locale[]; languageNames: Record<Locale, string>; text: EditorText;
  /** The feature's id; for a new feature (`isNew`) the one suggested, asked for unless its layer derives it from the details. */
  id: string;
  isNew?: boolean;
  onKeep: (properties: Record<string, unknown>, id: string) => void;
  onCancel: () => void;
  /** More fields before the buttons (a new landmark's story), and their check: the problems, worded, or none. */
  extra?: ReactNode;
  checkExtra?: () => string[];
};

/**
 * The details of one feature, as a form built from its layer's schema (`schemaFields`): names in every language
 * of the community, numbers, choices and yes/no. "Keep" checks the whole feature with the same schema the server
 * uses and names each field that is wrong, in the moderator's language.
 */
export default function PropertiesForm({ layer, geometry, properties, languages, languageNames, text, id: givenId, isNew = false, onKeep, onCancel, extra, checkExtra }: Props) {
  const base = useId();
  const fields = useMemo(() => schemaFields(LAYER_SCHEMAS[layer].properties), [layer]);
  const [values, setValues] = useState<Record<string, unknown>>(properties);
  const [id, setId] = useState(givenId);
  const derive = isNew ? DERIVED_ID[layer] : undefined;
  const [errors, setErrors] = useState<string[]>([]);
  const label = (key: string) => text[`mapEditor.field.${key}` as EditorTextKey] ?? key;
  const set = (key: string, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  // A field's label; a name in one language adds the language ("名称 (English)").
  const fieldName = (path: (string | number)[]) => {
    if (path[0] === 'id') return text['mapEditor.add.id'];
    if (path[0] === 'geometry') return text['mapEditor.field.geometry'];
    if (path[0] !== 'properties') return path.join('.');
    const rest = path.slice(2);
    const part = rest.join('.');
    return rest.length ? `${label(String(path[1]))} (${languageNames[part] ?? part})` : label(String(path[1]));
  };

  const keep = (e: Event) => {
    e.preventDefault();
    const props = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    const finalId = derive ? derive(props) : id;
    const parsed = (LAYER_SCHEMAS[layer].feature as z.ZodTypeAny).safeParse({ type: 'Feature', id: finalId, geometry, properties: props });
    const problems = parsed.success ? [] : parsed.error.issues;
    const more = checkExtra?.() ?? [];
    if (problems.length || more.length) {
      const said = (i: z.ZodIssue) => { const p = fieldProblem(i); return fill(text[p.key], p.values); };
      setErrors([...problems.map((i) => fill(text['mapEditor.field.invalid'], { field: fieldName(i.path), message: said(i) })), ...more]);
      return;
    }
    setErrors([]);
    onKeep(props, finalId);
  };

  return (
    <form className="me-form" onSubmit={keep} noValidate>
      {errors.length > 0 && <ul className="form-errors" role="alert">{errors.map((m) => <li key={m}>{m}</li>)}</ul>}
      {isNew && !derive && (
        <p><label htmlFor={`${base}-id`}>{text['mapEditor.add.id']}</label>
          <input id={`${base}-id`} value={id} onInput={(e) => setId((e.target as HTMLInputElement).value.trim())} autoComplete="off" /></p>
      )}
      {fields.map((f) => <FieldInput key={f.key} field={f} id={`${base}-${f.key}`} label={label(f.key)} value={values[f.key]} languages={languages} languageNames={languageNames} text={text} onChange={(v) => set(f.key, v)} />)}
      {extra}
      <p className="me-actions">
        <button type="submit" className="button-primary">{text['mapEditor.details.keep']}</button>
        <button type="button" className="button-secondary" onClick={onCancel}>{text['mapEditor.cancel']}</button>
      </p>
    </form>
  );
}

type FieldProps = { field: Field; id: string; label: string; value: unknown; languages: Locale[]; languageNames: Record<Locale, string>; text: EditorText; onChange: (v: unknown) => void };

function FieldInput({ field, id, label, value, languages, languageNames, text, onChange }: FieldProps) {
  const read = (e: Event) => (e.target as HTMLInputElement).value;
  switch (field.type) {
    case 'localized': {
      const names = (value ?? {}) as Record<string, string>;
      return (
        <fieldset className="me-names">
          <legend>{label}</legend>
          {languages.map((l) => (
            <p key={l}><label htmlFor={`${id}-${l}`}>{label} <span lang={l}>({languageNames[l] ?? l})</span></label>
              <input id={`${id}-${l}`} lang={l} value={names[l] ?? ''} onInput={(e) => onChange({ ...names, [l]: read(e) })} /></p>
          ))}
        </fieldset>
      );
    }
    case 'number':
      return (
        <p><label htmlFor={id}>{label}</label>
          <input id={id} type="number" inputMode={field.integer ? 'numeric' : 'decimal'} min={field.min} max={field.max} step={field.integer ? 1 : 'any'}
            value={value === undefined ? '' : String(value)} onInput={(e) => { const v = read(e); onChange(v === '' ? undefined : Number(v)); }} /></p>
      );
    case 'boolean':
      return (
        <p className="me-check"><label htmlFor={id}>
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange((e.target as HTMLInputElement).checked ? true : field.optional ? undefined : false)} /> {label}
        </label></p>
      );
    case 'enum':
      return (
        <p><label htmlFor={id}>{label}</label>
          <select id={id} value={String(value ?? '')} onChange={(e) => onChange((e.target as HTMLSelectElement).value || undefined)}>
            {field.optional && <option value="">—</option>}
            {field.options.map((o) => <option key={o} value={o}>{optionLabel(field.key, o, text)}</option>)}
          </select></p>
      );
    case 'list':
      return (
        <p><label htmlFor={id}>{label}</label>
          <input id={id} value={Array.isArray(value) ? value.join(', ') : ''} autoComplete="off"
            onInput={(e) => { const items = read(e).split(/[,，\s]+/).filter(Boolean); onChange(items.length ? items : undefined); }} /></p>
      );
    default:
      return (
        <p><label htmlFor={id}>{label}</label>
          <input id={id} value={String(value ?? '')} autoComplete="off" onInput={(e) => onChange(read(e).trim() || undefined)} /></p>
      );
  }
}

/** A choice in the moderator's language: a renovation status, a landmark kind or a part of the base map. */
function optionLabel(key: string, option: string, text: EditorText): string {
  const k = key === 'status' ? `status.${option}` : key === 'kind' ? (`kind.${option}.one` in text ? `kind.${option}.one` : `mapEditor.base.${option}`) : '';
  return (text as Record<string, string>)[k] ?? option;
}
