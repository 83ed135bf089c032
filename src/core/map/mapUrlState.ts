import { LAYER_KEYS, type LayerKey } from './layerKeys';

/** What a map link carries: the feature in focus and the layers switched off. */
export type MapUrlState = { focus?: string; hidden: LayerKey[] };

/**
 * Reads `?focus=<id>&hide=<layer>,<layer>` from a query string; unknown layers are ignored.
 * @example parseMapUrl('?focus=checkin-05&hide=not-yet') → { focus: 'checkin-05', hidden: ['not-yet'] }
 */
export function parseMapUrl(search: string): MapUrlState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus')?.trim() || undefined;
  const hide = (params.get('hide') ?? '').split(',').map((s) => s.trim());
  return { focus, hidden: LAYER_KEYS.filter((k) => hide.includes(k)) };
}

/** The query string for a map state, keeping any other parameters of `base`; `''` when there is nothing to keep. */
export function mapUrl(state: MapUrlState, base = ''): string {
  const params = new URLSearchParams(base);
  if (state.focus) params.set('focus', state.focus); else params.delete('focus');
  if (state.hidden.length) params.set('hide', LAYER_KEYS.filter((k) => state.hidden.includes(k)).join(',')); else params.delete('hide');
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
