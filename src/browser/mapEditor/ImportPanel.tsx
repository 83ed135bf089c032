import { useState } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry } from '../../schemas/geojson';
import { DATUMS, type MapEdit } from '../../schemas/mapEdit';
import type { EditorText } from './editorText';
import { readAnswer } from './readAnswer';

/** The import route's answer (see `src/pages/[...lang]/admin/map/import.ts`). */
type Preview = {
  entries: { kind: string; line: string; geometry?: Geometry }[];
  unchanged: number;
  edits: MapEdit[];
  datumHint?: string;
};

type Props = { text: EditorText; importUrl: string; onPreview: (g: Geometry[]) => void; onApply: (edits: MapEdit[]) => void };

/**
 * "Import a file": upload a GeoJSON, KML, GPX or OSM XML file and say which datum its coordinates are in; the server
 * reads and matches it and the preview lists each feature (moved with distance, reshaped, new, missing, outside) and
 * draws the new geometries on the map. "Apply" stages the moves and reshapes like any edit, for the usual checked save.
 */
export default function ImportPanel({ text, importUrl, onPreview, onApply }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [preview, setPreview] = useState<Preview>();

  const read = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    setPreview(undefined);
    onPreview([]);
    try {
      const response = await fetch(importUrl, { method: 'POST', body: new FormData(e.currentTarget as HTMLFormElement), headers: { accept: 'application/json' }, credentials: 'same-origin' });
      const answer = await readAnswer<({ ok: true } & Preview) | { ok: false; error: string }>(response);
      if (!answer.ok) { setError(answer.error); return; }
      setPreview(answer);
      onPreview(answer.entries.flatMap((x) => (x.geometry ? [x.geometry] : [])));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="me-import">
      <summary>{text['mapEditor.import']}</summary>
      <p>{text['mapEditor.import.intro']}</p>
      <form onSubmit={(e) => void read(e)}>
        <p><label htmlFor="me-import-file">{text['mapEditor.import.file']}</label>
          <input id="me-import-file" name="file" type="file" accept=".geojson,.json,.kml,.gpx,.osm,.xml" required /></p>
        <p><label htmlFor="me-import-datum">{text['mapEditor.import.datum']}</label>
          <select id="me-import-datum" name="datum">
            {DATUMS.map((d) => <option key={d} value={d}>{text[`import.datum.${d}`]}</option>)}
          </select></p>
        <p><button type="submit" className="button-secondary" disabled={busy}>{busy ? text['mapEditor.import.reading'] : text['mapEditor.import.preview']}</button></p>
      </form>
      {error && <p className="form-errors" role="alert">{error}</p>}
      {preview && (
        <div className="me-import-preview" role="status">
          {preview.datumHint && <p className="me-hint">{preview.datumHint}</p>}
          {preview.entries.length > 0 && <ul className="me-edits">{preview.entries.map((x) => <li key={x.line} className={`me-import-${x.kind}`}>{x.line}</li>)}</ul>}
          {preview.unchanged > 0 && <p>{fill(text['mapEditor.import.unchanged'], { count: preview.unchanged })}</p>}
          {preview.edits.length
            ? <p><button type="button" className="button-primary" onClick={() => { onApply(preview.edits); setPreview(undefined); onPreview([]); }}>{fill(text['mapEditor.import.apply'], { count: preview.edits.length })}</button></p>
            : <p>{text['mapEditor.import.none']}</p>}
        </div>
      )}
    </details>
  );
}
