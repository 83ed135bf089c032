import { mapUrl, parseMapUrl } from '../map/mapUrlState';

/**
 * A link to the same page in another language, carrying the map's `?focus=` and `&hide=` from the current
 * address (and nothing else from it: other parameters, such as a check-in key, stay where they were).
 * @example carryMapState('/en/', '?focus=checkin-05&k=secret') → '/en/?focus=checkin-05'
 */
export function carryMapState(href: string, search: string): string {
  const path = href.split(/[?#]/)[0]!;
  return `${path}${mapUrl(parseMapUrl(search))}`;
}
