import type { CSSProperties, ReactNode } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { renovationProgress } from '../../core/buildings/renovationProgress';
import { layerOfKind, LANDMARK_LAYERS, type LayerKey } from '../../core/map/layerKeys';
import { KIND_SYMBOLS } from '../../core/map/landmarkSymbols';
import { KIND_COLOURS, STATUS_COLOURS } from '../../core/style/palette';
import { BUILDING_STATUSES } from '../../schemas/enums';
import { LANDMARK_KINDS } from '../../schemas/enums';
import type { MapProps } from './mapProps';

type Props = { props: MapProps; hidden: LayerKey[]; onChange: (hidden: LayerKey[]) => void };

/** Layer switches with counts, the legend (each switch shows its colour or symbol), and the renovation chart. */
export default function MapPanel({ props, hidden, onChange }: Props) {
  const { text, buildings, landmarks } = props;
  const toggle = (key: LayerKey) => onChange(hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key]);
  const count = (key: LayerKey) => (BUILDING_STATUSES as readonly string[]).includes(key)
    ? buildings.features.filter((b) => b.properties.status === key).length
    : landmarks.features.filter((l) => layerOfKind(l.properties.kind) === key).length;
  const row = (key: LayerKey, label: string, swatch: ReactNode) => (
    <li key={key}>
      <label>
        <input type="checkbox" checked={!hidden.includes(key)} onChange={() => toggle(key)} />
        {swatch}<span>{label}</span> <span className="cm-count">{count(key)}</span>
      </label>
    </li>
  );
  const progress = renovationProgress(buildings.features);
  const max = Math.max(1, ...progress.map((p) => p.count));
  const wide = typeof window !== 'undefined' && window.innerWidth >= 768;

  return (
    <details className="cm-panel" open={wide}>
      <summary>{text['map.layers']}</summary>
      <fieldset>
        <legend>{text['map.layer.buildings']}</legend>
        <ul>{BUILDING_STATUSES.map((s) => row(s, text[`status.${s}`], <span className="cm-swatch" style={{ background: STATUS_COLOURS[s] }} aria-hidden="true" />))}</ul>
      </fieldset>
      <fieldset>
        <legend>{text['map.layer.landmarks']}</legend>
        <ul>
          {LANDMARK_LAYERS.map((key) => key === 'others'
            ? row(key, text['map.layer.others'], <span className="cm-symbols" aria-hidden="true">{otherSymbols(props)}</span>)
            : row(key, text[`kind.${key}`], <span className="cm-dot cm-dot-small" style={dotColour(KIND_COLOURS[key])} aria-hidden="true">{key === 'checkin' ? '1' : KIND_SYMBOLS[key]}</span>))}
        </ul>
        <ul className="cm-legend">{otherKinds(props).map((k) => (
          <li key={k}><span className="cm-dot cm-dot-small" style={dotColour(KIND_COLOURS[k])} aria-hidden="true">{KIND_SYMBOLS[k]}</span>{text[`kind.${k}`]}</li>
        ))}</ul>
      </fieldset>
      <figure className="cm-progress">
        <figcaption>{fill(text['map.progress'], { count: buildings.features.length })}</figcaption>
        <ul>{progress.map((p) => (
          <li key={p.group}>
            <a href={`${props.buildingsHref}#status-${p.statuses[0]}`}>{text[`map.progress.${p.group}`]} <strong>{p.count}</strong></a>
            <span className="cm-bar" style={{ width: `${(p.count / max) * 100}%`, background: STATUS_COLOURS[p.statuses[0]!] }} aria-hidden="true" />
          </li>
        ))}</ul>
      </figure>
    </details>
  );
}

/** The kinds drawn in the "other landmarks" layer, in legend order. */
function otherKinds({ landmarks }: MapProps) {
  return LANDMARK_KINDS.filter((k) => layerOfKind(k) === 'others' && landmarks.features.some((l) => l.properties.kind === k));
}
const dotColour = (c: string) => ({ '--c': c }) as CSSProperties;
const otherSymbols = (props: MapProps) => otherKinds(props).map((k) => KIND_SYMBOLS[k]).join('');
