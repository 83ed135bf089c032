import type { Position } from '../../schemas/geojson';
import type { PassportText } from './passportTextKeys';

/** What the trail pages hand their script in `data-config` (JSON), computed at build time. */
export type TrailConfig = {
  lang: string;
  /** localStorage key of this community's passport. */
  storageKey: string;
  /** Community tag of progress codes, hex. */
  tag: string;
  /** The passport page's path in this language; restore links are `<origin><passportHref>#restore=<code>`. */
  passportHref: string;
  points: { id: string; order: number; name: string; at: Position; href: string }[];
  text: PassportText;
};

/** A check-in page's extra settings: which point, its geofence, its code hash and location key. */
export type CheckinConfig = TrailConfig & { pointId: string; radiusM: number; minAccuracyM: number; codeHash: string; locationKey: string; timeoutMs: number };

/** The verify page's extra settings: the key's fingerprint (checked before anything else) and the geofence radius (for "too fast"). */
export type VerifyConfig = TrailConfig & { fingerprint: string; radiusM: number };

/** Reads the JSON an element carries in `data-config`. */
export function readConfig<T>(el: HTMLElement): T {
  return JSON.parse(el.dataset.config ?? '{}') as T;
}
