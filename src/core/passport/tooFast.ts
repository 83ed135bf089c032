import distance from '@turf/distance';
import type { Position } from '../../schemas/geojson';
import type { Passport } from './passport';

/**
 * A fast walking pace, metres per second (7.2 km/h, a brisk walk or a child's trot). Stamps closer in time
 * than walking between them at this pace allows are flagged "too fast": one place where the rule lives.
 */
export const FAST_PACE_MPS = 2;

/** Two stamps closer in time than walking between them allows, with the numbers the social worker is shown. */
export type TooFast = {
  fromId: string;
  toId: string;
  /** Straight-line metres between the points, less the check-in radius for each location stamp (rounded). */
  metres: number;
  /** Whole minutes between the two stamps' times (the real gap is under `minutes + 1`). */
  minutes: number;
  /** Seconds the walk takes at `FAST_PACE_MPS` (rounded up). */
  neededS: number;
};

/**
 * Stamps that came too fast: taking the stamps in time order, each is compared with every earlier one, and
 * flagged (once, against the earlier stamp it beats by most) when even at `paceMps` the walk between the two
 * points takes longer than the most time the two stamp minutes allow (`minutes + 1`, since times are kept to
 * the minute). Fair to the child: the distance is the straight line (no one walks less), less `radiusM` for
 * each location stamp (those stamp from anywhere within it). Stamps on the same point never compare.
 * @example tooFastStamps(passport, points, 35) → [{ fromId: 'checkin-03', toId: 'checkin-04', metres: 180, minutes: 0, neededS: 90 }]
 */
export function tooFastStamps(passport: Passport, points: readonly { id: string; at: Position }[], radiusM: number, paceMps = FAST_PACE_MPS): TooFast[] {
  const at = new Map(points.map((p) => [p.id, p.at]));
  const stamps = points.filter((p) => passport.stamps[p.id]).map((p) => ({ id: p.id, ...passport.stamps[p.id]! }))
    .sort((a, b) => a.minute - b.minute);
  const flags: TooFast[] = [];
  stamps.forEach((to, j) => {
    let worst: (TooFast & { shortS: number }) | undefined;
    for (const from of stamps.slice(0, j)) {
      const slack = (from.method === 'location' ? radiusM : 0) + (to.method === 'location' ? radiusM : 0);
      const metres = Math.max(0, distance(at.get(from.id)!, at.get(to.id)!, { units: 'meters' }) - slack);
      const minutes = to.minute - from.minute;
      const shortS = metres / paceMps - (minutes + 1) * 60;
      if (shortS > 0 && (!worst || shortS > worst.shortS)) worst = { fromId: from.id, toId: to.id, metres: Math.round(metres), minutes, neededS: Math.ceil(metres / paceMps), shortS };
    }
    if (worst) {
      const { shortS: _, ...flag } = worst;
      flags.push(flag);
    }
  });
  return flags;
}
