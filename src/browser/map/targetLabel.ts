import { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';
import type { MapTarget } from '../../core/search/searchMap';
import type { MapProps } from './mapProps';

/** How a building (`22幢`), a stairwell (`22幢3单元`) or a landmark (its story title) is named to the visitor. */
export function targetLabel(props: MapProps, t: MapTarget): string {
  if (t.type === 'landmark') return props.cards[t.id]?.title ?? t.id;
  if (t.type === 'building') return fill(props.text['building.title'], { number: t.id.slice(1) });
  const [number, unit] = t.id.split('-');
  return fill(props.text['building.entrance'], { number: number!, unit: unit! });
}
