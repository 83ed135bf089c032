export { fillPlaceholders as fill } from '../../i18n/fillPlaceholders';

/** A time as the phone's clock shows it, in the page's language: "6月1日 09:07". */
export function formatTime(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}
