import { useEffect, useRef, useState } from 'react';
import { averageFixes, type Fix, type FixAverage } from '../../core/survey/averageFixes';
import { outlineFromCorners } from '../../core/survey/outlineFromCorners';
import { surveyGate } from '../../core/survey/surveyGate';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { Geometry } from '../../schemas/geojson';
import type { Provenance } from '../../schemas/mapEdit';
import type { EditorText, EditorTextKey } from './editorText';

/** Recording times offered, in seconds: ArcPad's and QField's usual 10–60 s of standing still. */
const DURATIONS = [10, 20, 60] as const;

type Props = {
  text: EditorText;
  /** `point`: average one position; `corners`: record each corner of a building in turn, then make its outline. */
  mode: 'point' | 'corners';
  /** Told the geometry the survey would give (or `undefined`), for the map's preview and the distance line. */
  onPreview: (g: Geometry | undefined) => void;
  /** The moderator accepts the survey: the geometry and its GPS provenance. */
  onUse: (g: Geometry, provenance: Provenance) => void;
};

/**
 * "Record position here": reads the phone's position (`watchPosition`, high accuracy) for the chosen time, averages
 * the fixes (`averageFixes`), and shows their spread and the phone's reported accuracy with the red/amber/green
 * gate (`surveyGate`). A red result cannot be used. For a building, each corner is recorded the same way and the
 * corners make its outline.
 */
export default function SurveyPanel({ text, mode, onPreview, onUse }: Props) {
  const [seconds, setSeconds] = useState<number>(20);
  const [fixes, setFixes] = useState<Fix[] | null>(null);
  const [recording, setRecording] = useState(false);
  const [failure, setFailure] = useState('');
  const [corners, setCorners] = useState<FixAverage[]>([]);
  const watch = useRef<number | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  const stop = () => {
    if (watch.current !== undefined) navigator.geolocation.clearWatch(watch.current);
    clearTimeout(timer.current);
    watch.current = undefined;
    setRecording(false);
  };
  useEffect(() => stop, []);

  const start = () => {
    if (!('geolocation' in navigator)) { setFailure(text['mapEditor.survey.unsupported']); return; }
    setFailure('');
    setFixes([]);
    setRecording(true);
    watch.current = navigator.geolocation.watchPosition(
      (p) => { setFailure(''); setFixes((all) => [...(all ?? []), { position: [p.coords.longitude, p.coords.latitude], accuracyM: p.coords.accuracy }]); },
      // A refusal ends the survey; a position briefly unavailable or late (the phone changing satellites) does not.
      (e) => {
        if (e.code === e.PERMISSION_DENIED) { stop(); setFixes(null); }
        setFailure(fill(text['mapEditor.survey.failed'], { error: e.message || String(e.code) }));
      },
      { enableHighAccuracy: true, maximumAge: 0, timeout: seconds * 1000 },
    );
    timer.current = window.setTimeout(stop, seconds * 1000);
  };

  const average = fixes && !recording ? averageFixes(fixes) : undefined;
  const gate = fixes && !recording ? surveyGate(average) : undefined;
  const outline = mode === 'corners' ? outlineFromCorners(corners.map((c) => c.position)) : undefined;

  useEffect(function showWhereItWouldGo() {
    if (mode === 'point') onPreview(average && gate?.colour !== 'red' ? { type: 'Point', coordinates: average.position } : undefined);
    else onPreview(outline);
  }, [average?.position[0], average?.position[1], gate?.colour, corners.length]);

  const today = new Date().toISOString().slice(0, 10);
  const use = () => {
    if (mode === 'point' && average && gate?.colour !== 'red') {
      onUse({ type: 'Point', coordinates: average.position }, { source: 'gps', accuracyM: Math.max(0.1, average.accuracyM), fixes: average.fixes, date: today });
    }
    if (mode === 'corners' && outline) {
      const worst = Math.max(...corners.map((c) => c.accuracyM), 0.1);
      onUse(outline, { source: 'gps', accuracyM: worst, fixes: corners.reduce((n, c) => n + c.fixes, 0), date: today });
    }
  };
  const keepCorner = () => {
    if (average && gate?.colour !== 'red') { setCorners((c) => [...c, average]); setFixes(null); }
  };

  return (
    <section className="me-survey" aria-label={mode === 'point' ? text['mapEditor.survey'] : text['mapEditor.survey.corners']}>
      <p className="me-row">
        <label htmlFor="me-duration">{text['mapEditor.survey.duration']}</label>
        <select id="me-duration" value={seconds} disabled={recording} onChange={(e) => setSeconds(Number((e.target as HTMLSelectElement).value))}>
          {DURATIONS.map((s) => <option key={s} value={s}>{fill(text['mapEditor.survey.seconds'], { seconds: s })}</option>)}
        </select>
        {recording
          ? <button type="button" className="button-secondary" onClick={stop}>{text['mapEditor.survey.stop']}</button>
          : <button type="button" className="button-primary" onClick={start}>{mode === 'point' ? text['mapEditor.survey.start'] : text['mapEditor.survey.corner']}</button>}
      </p>
      <p role="status" aria-live="polite" className="me-survey-status">
        {recording && fill(text['mapEditor.survey.recording'], { fixes: fixes?.length ?? 0 })}
        {!recording && !fixes?.length && failure}
      </p>
      {gate && (
        <div className={`me-gate me-gate-${gate.colour}`} data-gate={gate.colour}>
          <p><strong>{text[`mapEditor.survey.gate.${gate.colour}`]}</strong>
            {gate.reasons.length > 0 && <> ({gate.reasons.map((r) => text[`mapEditor.survey.reason.${r}` as EditorTextKey]).join(', ')})</>}</p>
          {average && <p>{fill(text['mapEditor.survey.result'], { fixes: average.fixes, spread: average.spreadM, accuracy: average.accuracyM })}
            {average.dropped > 0 && <> {fill(text['mapEditor.survey.dropped'], { count: average.dropped })}</>}</p>}
        </div>
      )}
      {mode === 'point' && <p><button type="button" className="button-primary" disabled={!average || gate?.colour === 'red'} onClick={use}>{text['mapEditor.survey.use']}</button></p>}
      {mode === 'corners' && (
        <>
          <p>{fill(text['mapEditor.survey.cornerCount'], { count: corners.length })}
            {gate && gate.colour !== 'red' && <> <button type="button" className="button-secondary" onClick={keepCorner}>{text['mapEditor.survey.use']}</button></>}</p>
          <p><button type="button" className="button-primary" disabled={!outline} onClick={use}>{text['mapEditor.survey.outline']}</button></p>
        </>
      )}
    </section>
  );
}
