import type { Locale } from '../../schemas/locale';

const ZONE = 'Asia/Shanghai';

/**
 * A moment as China time (Asia/Shanghai, UTC+08:00), in the reader's language, with the offset shown, and
 * as an ISO string with that offset for `<time datetime>`.
 * @example chinaTime('2026-11-29T14:37:45Z', 'en') → { text: 'Nov 29, 2026, 22:37:45 GMT+08:00', datetime: '2026-11-29T22:37:45+08:00' }
 */
export function chinaTime(iso: string | number, lang: Locale): { text: string; datetime: string } {
  const at = new Date(iso);
  const text = new Intl.DateTimeFormat(lang, {
    timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).format(at);
  const { datetime, zone } = chinaIsoTime(at);
  return { text: `${text} ${zone}`, datetime };
}

/**
 * A moment as an ISO string in China time with its offset, the same in every language (for logs and
 * `<time datetime>`), and the offset's name.
 * @example chinaIsoTime('2026-11-29T14:37:45Z') → { datetime: '2026-11-29T22:37:45+08:00', zone: 'GMT+08:00' }
 */
export function chinaIsoTime(iso: string | number | Date): { datetime: string; zone: string } {
  const at = new Date(iso);
  // A fixed formatting locale (not a site language): its parts have a known shape whatever the reader's.
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName ?? 'GMT+08:00').replace('GMT', '') || '+00:00';
  return {
    datetime: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`,
    zone: parts.timeZoneName ?? 'GMT+08:00',
  };
}
