import { useEffect, useRef } from 'react';
import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import { directionsLinks } from '../../core/map/directionsLinks';
import type { MapTarget } from '../../core/search/searchMap';
import { STATUS_COLOURS } from '../../core/style/palette';
import type { Position } from '../../schemas/geojson';
import type { MapProps } from './mapProps';
import ShareButton from './ShareButton';
import { targetLabel } from './targetLabel';

type Props = { props: MapProps; target: MapTarget; onClose: () => void; onSelect: (t: MapTarget) => void };

/**
 * Details of the feature in focus: a bottom sheet on phones, a side panel on wide screens. Focus moves to its
 * heading when it opens and back where it was when it closes (Escape or the close button).
 */
export default function DetailsSheet({ props, target, onClose, onSelect }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(function focusHeading() {
    const before = document.activeElement as HTMLElement | null;
    heading.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('keydown', onKey); if (before?.isConnected) before.focus({ preventScroll: true }); };
  }, [target.id]);

  const { text } = props;
  const buildingId = target.type === 'stairwell' ? `b${target.id.split('-')[0]}` : target.id;
  const building = target.type !== 'landmark' ? props.buildings.features.find((b) => b.id === buildingId) : undefined;
  const landmark = target.type === 'landmark' ? props.landmarks.features.find((l) => l.id === target.id) : undefined;
  const card = landmark && props.cards[landmark.id];
  const at: Position | undefined = target.type === 'stairwell' ? props.stairwells[target.id] : props.anchors[(building ?? landmark)!.id];
  const title = targetLabel(props, target);

  return (
    <section className="cm-sheet" aria-labelledby="cm-sheet-title">
      <button type="button" className="cm-close" onClick={onClose} aria-label={text['map.details.close']}>×</button>
      <h2 id="cm-sheet-title" tabIndex={-1} ref={heading}>{title}</h2>
      <ShareButton key={target.id} text={text} id={target.id} title={title} excerpt={card?.excerpt} />
      {building && (() => {
        const p = building.properties;
        const here = props.landmarks.features.filter((l) => l.properties.building === p.number);
        return (
          <>
            <p><span className="cm-badge" style={{ background: STATUS_COLOURS[p.status] }}>{text[`status.${p.status}`]}</span></p>
            <dl className="cm-facts">
              <dt>{text['building.stairwells']}</dt><dd>{fill(text['unit.stairwells'], { count: p.stairwells })}</dd>
              <dt>{text['building.storeys']}</dt><dd>{fill(text['unit.storeys'], { count: p.storeys })}</dd>
              <dt>{text['building.lift']}</dt><dd>{p.lift ? text['building.lift.yes'] : text['building.lift.no']}</dd>
            </dl>
            <ul className="cm-chips">
              {Array.from({ length: p.stairwells }, (_, i) => `${p.number}-${i + 1}`).map((id) => (
                <li key={id}><button type="button" aria-pressed={target.id === id} onClick={() => onSelect({ type: 'stairwell', id })}>{targetLabel(props, { type: 'stairwell', id })}</button></li>
              ))}
            </ul>
            {here.length > 0 && <><h3>{text['building.landmarks']}</h3><ul>{here.map((l) => (
              <li key={l.id}><button type="button" className="cm-link" onClick={() => onSelect({ type: 'landmark', id: l.id })}>{props.cards[l.id]?.title}</button></li>
            ))}</ul></>}
            <p><a href={props.buildingHref.replace('{number}', String(p.number))}>{text['map.details.buildingPage']}</a></p>
          </>
        );
      })()}
      {landmark && card && (
        <>
          <p className="cm-kind">{text[`kind.${landmark.properties.kind}.one`]}</p>
          {/* The place's first picture, small beside its first sentence, so the sheet stays short on a phone; loaded only when the sheet opens. */}
          <div style={{ display: 'flex', gap: '.75rem', alignItems: 'flex-start' }}>
            <img src={card.image.src} width={card.image.width} height={card.image.height} alt={card.alt} loading="lazy" decoding="async" style={{ width: '40%', maxWidth: '160px', flex: 'none' }} />
            <p style={{ margin: 0 }}>{card.excerpt}</p>
          </div>
          <p><a href={card.href}>{text['map.details.readStory']}</a></p>
        </>
      )}
      {at && (
        <nav aria-label={text['map.details.directions']} className="cm-directions">
          <p>{text['map.details.directions']}</p>
          <ul>{directionsLinks(at, title).map((l) => <li key={l.app}><a href={l.href} rel="noopener" target={l.app === 'geo' ? undefined : '_blank'}>{text[`map.directions.${l.app}`]}</a></li>)}</ul>
        </nav>
      )}
    </section>
  );
}
