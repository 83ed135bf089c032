import type { Landmark } from '../../schemas/landmark';
import type { CreditRole, MuralState, PartialDate } from '../../schemas/mural';

/** What a landmark page says about a painted place; `undefined` fields were not recorded. */
export type MuralFacts = {
  paintedBy?: readonly CreditRole[];
  painted?: PartialDate;
  state?: MuralState;
  stateSeen?: PartialDate;
};

/**
 * The mural facts of a landmark, or `undefined` when it records none of them (a bench, a ramp): then the
 * page shows no "painted by / when / state" block at all, rather than three "not recorded" lines.
 * @example muralFacts(checkin03) → { paintedBy: ['parents-children'], state: 'good', stateSeen: '2021-08' }
 */
export function muralFacts(landmark: Landmark): MuralFacts | undefined {
  const { paintedBy, painted, state, stateSeen } = landmark.properties;
  if (!paintedBy && !painted && !state) return undefined;
  return { paintedBy, painted, state, stateSeen };
}

/**
 * A year, month or day as people of `locale` write it, as precise as it was recorded.
 * @example formatPartialDate('2021-08', 'zh-CN') → '2021年8月'; formatPartialDate('2021', 'en') → '2021'
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1, 12));
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric' } : m ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
}

/** One picture as a page shows it: the file (as the build gives it), its alt text in the page's language, and its date and credit if known. */
export type ShownPicture<I> = { image: I; alt: string; date?: PartialDate; credit?: CreditRole };

/**
 * A landmark's pictures in the order its gallery shows them: the story's own picture first (so a landmark
 * without a gallery still shows its one picture, as before), then the gallery's, each file once.
 */
export function picturesOf<I>(cover: ShownPicture<I>, gallery: readonly ShownPicture<I>[], same: (a: I, b: I) => boolean = Object.is): ShownPicture<I>[] {
  return [cover, ...gallery.filter((p) => !same(p.image, cover.image))];
}
