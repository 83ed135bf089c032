import { useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { MapEdit } from '../../schemas/mapEdit';
import type { EditorFeature } from './editorProps';
import type { EditorText } from './editorText';
import { describeMove } from './geometryEdit';
import { readAnswer } from './readAnswer';

/** What the server said to a save the editor must show: rules broken (by feature), someone else's newer version, or an error. */
export type SaveOutcome =
  | { kind: 'refused'; lines: string[]; byFeature: Record<string, string> }
  | { kind: 'stale'; changed: string[]; newer: EditorFeature[] }
  | { kind: 'error'; message: string };

/** The map API's answer (see `src/pages/[...lang]/admin/api/map.ts`). */
type Answer =
  | { ok: true; commit: string; summary: string[]; described?: string[] }
  | { ok: false; reason: 'rules'; problems: { rule: string; featureId: string; layer?: string; message: string; detail?: string }[] }
  | { ok: false; reason: 'stale'; headCommit: string; changed: string[]; newer: EditorFeature[] }
  | { ok: false; reason: 'error' | 'not-json' | 'too-large' | 'malformed' | 'store'; error: string };

type Props = {
  text: EditorText; edits: MapEdit[]; baseCommit: string; saveUrl: string; historyUrl: string; original: EditorFeature[];
  outcome?: SaveOutcome; onOutcome: (o: SaveOutcome | undefined) => void; onDiscard: () => void; onSaved: (summary: string) => void;
};

/**
 * The unsaved changes, a note for the history and "Check and save": one request with every edit and the commit the
 * page was read at. A refused save names each rule and feature (and the map outlines them); a stale one says someone
 * else changed the map and shows their version; nothing is half-saved either way.
 */
export default function SaveBar({ text, edits, baseCommit, saveUrl, historyUrl, original, outcome, onOutcome, onDiscard, onSaved }: Props) {
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    onOutcome(undefined);
    try {
      const response = await fetch(saveUrl, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ baseCommit, edits, ...(message.trim() && { message: message.trim() }) }),
      });
      const answer: Answer = await readAnswer<Answer>(response);
      if (answer.ok) { onSaved((answer.described ?? answer.summary).join('; ')); return; }
      if (answer.reason === 'rules') {
        const byFeature: Record<string, string> = {};
        const lines = answer.problems.map((p) => {
          const named = namedFeatures(p, original);
          // The server words each problem in the moderator's language, the feature and the rule named.
          for (const key of named) byFeature[key] = byFeature[key] ? `${byFeature[key]}; ${p.message}` : p.message;
          return p.message;
        });
        onOutcome({ kind: 'refused', lines, byFeature });
      } else if (answer.reason === 'stale') onOutcome({ kind: 'stale', changed: answer.changed, newer: answer.newer });
      else onOutcome({ kind: 'error', message: fill(text['mapEditor.error'], { error: answer.error }) });
    } catch (error) {
      onOutcome({ kind: 'error', message: fill(text['mapEditor.error'], { error: (error as Error).message }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="me-save" aria-labelledby="me-pending">
      <h2 id="me-pending">{edits.length ? fill(text['mapEditor.pending'], { count: edits.length }) : text['mapEditor.pending.none']}</h2>
      {edits.length > 0 && (
        <>
          <ul className="me-edits">{edits.map((e) => <li key={`${e.op}-${e.layer}-${e.id}`}>{editLine(e, original, text)}</li>)}</ul>
          <p><label htmlFor="me-message">{text['mapEditor.message']}</label>
            <input id="me-message" value={message} maxLength={200} onInput={(e) => setMessage((e.target as HTMLInputElement).value)} /></p>
          <p className="me-actions">
            <button type="button" className="button-primary" disabled={saving} onClick={() => void save()}>{saving ? text['mapEditor.saving'] : text['mapEditor.save']}</button>
            <button type="button" className="button-secondary" disabled={saving} onClick={onDiscard}>{text['mapEditor.discard']}</button>
          </p>
        </>
      )}
      {outcome?.kind === 'refused' && (
        <div className="form-errors" role="alert"><p>{text['mapEditor.refused']}</p><ul>{outcome.lines.map((l) => <li key={l}>{l}</li>)}</ul></div>
      )}
      {outcome?.kind === 'stale' && (
        <div className="form-errors" role="alert">
          <p>{fill(text['mapEditor.stale'], { features: outcome.changed.join(', ') })}</p>
          <p><a className="button-secondary" href={location.pathname}>{text['mapEditor.reload']}</a></p>
        </div>
      )}
      {outcome?.kind === 'error' && <p className="form-errors" role="alert">{outcome.message}</p>}
      <p className="me-history"><a href={historyUrl}>{text['admin.history']}</a></p>
    </section>
  );
}

/**
 * The features (`layer/id`) a rule problem is about: its own feature, or (for a rule about the whole map, such as
 * the check-in radius against the gap between two points) the features its message names.
 */
function namedFeatures(p: { featureId: string; layer?: string; detail?: string; message: string }, features: EditorFeature[]): string[] {
  const own = features.find((f) => f.id === p.featureId && (!p.layer || f.layer === p.layer));
  if (own) return [`${own.layer}/${own.id}`];
  return features.filter((f) => new RegExp(`(^|[^a-z0-9-])${f.id}($|[^a-z0-9-])`).test(p.detail ?? p.message)).map((f) => `${f.layer}/${f.id}`);
}

/**
 * Changed fields by their names in the moderator's language, listed as the language lists ("名称和状态", "name and
 * status"); browsers without `Intl.ListFormat` (Safari before 14.1) get them with the language's list comma.
 */
function fieldList(keys: string[], text: EditorText): string {
  const names = keys.map((k) => (text as Record<string, string>)[`mapEditor.field.${k}`] ?? k);
  const lang = document.documentElement.lang;
  if (typeof Intl.ListFormat !== 'function') return names.join(lang.startsWith('zh') ? '、' : ', ');
  return new Intl.ListFormat(lang || undefined, { type: 'conjunction' }).format(names);
}

/** One staged edit in words: "checkin-05: Moved 20 m south-east". */
function editLine(e: MapEdit, original: EditorFeature[], text: EditorText): string {
  const before = original.find((f) => f.layer === e.layer && f.id === e.id);
  const what = e.op === 'delete' ? text['mapEditor.delete']
    : e.op === 'properties' ? fill(text['mapEditor.detailsOf'], { fields: fieldList(Object.keys(e.properties ?? {}), text) })
    : e.op === 'add' ? text['mapEditor.add']
    : before && e.geometry ? describeMove(before.geometry, e.geometry, text) : e.op;
  return `${e.id}: ${what}`;
}

