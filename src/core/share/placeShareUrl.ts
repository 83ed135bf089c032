import { mapUrl } from '../map/mapUrlState';

/**
 * The absolute link that opens the map on one place: the map page's address with `?focus=<id>` and nothing
 * else (no layers hidden, no hash), so whoever opens it sees the place the sender meant.
 * @example placeShareUrl('/en/', 'checkin-05', 'https://map.example/en/?hide=done#map') → 'https://map.example/en/?focus=checkin-05'
 */
export function placeShareUrl(mapPath: string, id: string, base: string): string {
  return new URL(`${mapPath}${mapUrl({ focus: id, hidden: [] })}`, base).href;
}
