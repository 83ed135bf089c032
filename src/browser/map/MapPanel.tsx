import { type CSSProperties, type ReactNode, useEffect, useRef } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { renovationProgress } from '../../core/buildings/renovationProgress';
import { landmarkLegend } from '../../core/map/landmarkLegend';
import { layerOfKind, type LayerKey } from '../../core/map/layerKeys';
import { STATUS_COLOURS } from '../../core/style/palette';
import { BUILDING_STATUSES } from '../../schemas/enums';
import type { MapProps } from './mapProps';

type Props = {
  props: MapProps; hidden: LayerKey[]; onChange: (hidden: LayerKey[]) => void;
  /** Phones: the panel is a bottom sheet over the map, shown while open. Wide screens show it beside the map always (CSS). */
  open: boolean; onClose: () => void;
  /** Its id (the button that opens it controls it); its title, which names it, is `<id>-title`. */
  id: string;
};

/**
 * Layer switches with counts, the legend (each switch shows its colour or symbol), and the renovation chart.
 * On phones a bottom sheet over the lower part of the map, so toggling a layer shows its effect at once; focus
 * moves into it when it opens, and Escape or its close button closes it.
 */
export default function MapPanel({ props, hidden, onChange, open, onClose, id }: Props) {
  const { text, buildings, landmarks } = props;
  const panel = useRef<HTMLElement>(null);
  useEffect(function focusWhenOpened() {
    if (!open) return;
    panel.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
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
  // Own-layer kinds always have their row; the "others" row lists only the kinds this map has.
  const legend = landmarkLegend(landmarks.features.map((l) => l.properties.kind));
  const others = legend.find((row) => row.layer === 'others')?.kinds ?? [];
  const progress = renovationProgress(buildings.features);
  const max = Math.max(1, ...progress.map((p) => p.count));

  return (
    <section className={open ? 'cm-panel is-open' : 'cm-panel'} id={id} aria-labelledby={`${id}-title`} tabIndex={-1} ref={panel}>
      <h2 className="cm-panel-title" id={`${id}-title`}>{text['map.layers']}</h2>
      <button type="button" className="cm-close cm-panel-close" onClick={onClose} aria-label={text['map.layers.close']}>×</button>
      <fieldset>
        <legend>{text['map.layer.buildings']}</legend>
        <ul>{BUILDING_STATUSES.map((s) => row(s, text[`status.${s}`], <span className="cm-swatch" style={{ background: STATUS_COLOURS[s] }} aria-hidden="true" />))}</ul>
      </fieldset>
      <fieldset>
        <legend>{text['map.layer.landmarks']}</legend>
        <ul>
          {legend.map(({ layer, kinds }) => layer === 'others'
            ? row(layer, text['map.layer.others'], <span className="cm-symbols" aria-hidden="true">{kinds.map((k) => k.symbol).join('')}</span>)
            : row(layer, text[`kind.${layer}`], <span className="cm-dot cm-dot-small" style={dotColour(kinds[0]!.colour)} aria-hidden="true">{layer === 'checkin' ? '1' : kinds[0]!.symbol}</span>))}
        </ul>
        <ul className="cm-legend">{others.map((k) => (
          <li key={k.kind}><span className="cm-dot cm-dot-small" style={dotColour(k.colour)} aria-hidden="true">{k.symbol}</span>{text[`kind.${k.kind}`]}</li>
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
    </section>
  );
}

const dotColour = (c: string) => ({ '--c': c }) as CSSProperties;
