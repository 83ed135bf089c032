import { useEffect, useRef, useState } from 'react';
import { placeShareUrl } from '../../core/share/placeShareUrl';
import { shareLink } from '../shared/shareLink';
import type { MapText } from './mapText';

type Props = { text: MapText; id: string; title: string; excerpt?: string };

/**
 * Shares the place in the details view: its `?focus=<id>` map link, through the phone's share sheet, else the
 * clipboard ("link copied" in a live region), else the link shown selected for the visitor to copy.
 */
export default function ShareButton({ text, id, title, excerpt }: Props) {
  const [outcome, setOutcome] = useState<'copied' | 'select' | undefined>();
  const field = useRef<HTMLInputElement>(null);
  const url = placeShareUrl(location.pathname, id, location.href);
  useEffect(function selectLinkToCopy() {
    if (outcome === 'select') { field.current?.focus(); field.current?.select(); }
  }, [outcome]);
  async function share() {
    setOutcome(undefined);
    const result = await shareLink({ title, text: excerpt ?? title, url });
    setOutcome(result === 'copied' || result === 'select' ? result : undefined);
  }
  return (
    <div className="cm-share">
      <button type="button" onClick={share}>{text['share.button']}</button>
      <span role="status" aria-live="polite">{outcome ? text[outcome === 'copied' ? 'share.copied' : 'share.select'] : ''}</span>
      {outcome === 'select' && <input type="text" readOnly value={url} aria-label={text['share.link']} ref={field} />}
    </div>
  );
}
