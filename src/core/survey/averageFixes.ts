import type { Position } from '../../schemas/geojson';

/** One position reading from the phone (`watchPosition`): WGS 84 `[lng, lat]` and the radius it claims, in metres (95 %). */
export type Fix = { position: Position; accuracyM: number };

/** What a survey of one point came to: the mean position, how far the fixes lay from it and how good they said they were. */
export type FixAverage = {
  /** Mean `[lng, lat]` of the fixes kept, rounded to 6 decimals (≈0.1 m). */
  position: Position;
  /** Root-mean-square distance of the kept fixes from the mean, in metres: how much the readings wandered. */
  spreadM: number;
  /** Mean accuracy the phone reported for the kept fixes, in metres. */
  accuracyM: number;
  /** How many fixes were averaged. */
  fixes: number;
  /** How many fixes were left out for claiming an accuracy worse than `maxFixAccuracyM`. */
  dropped: number;
};

/** Mean Earth radius in metres (the IUGG value Turf uses too). */
const EARTH_RADIUS_M = 6_371_008.8;
/** A single fix claiming worse than this (metres) is left out of the mean: a phone indoors or just woken up. */
export const MAX_FIX_ACCURACY_M = 30;

/**
 * The average of a run of fixes taken standing still (as ArcPad and QField average N readings): fixes claiming an
 * accuracy worse than `maxFixAccuracyM` are dropped, the rest are averaged, and their spread is measured in a
 * local flat projection (exact enough over the few metres fixes wander). `undefined` when no fix is left.
 * @example averageFixes([{ position: [120, 31.79], accuracyM: 4 }, { position: [120.00002, 31.79], accuracyM: 6 }])
 *   → { position: [120.00001, 31.79], spreadM: ≈0.95, accuracyM: 5, fixes: 2, dropped: 0 }
 */
export function averageFixes(all: readonly Fix[], maxFixAccuracyM = MAX_FIX_ACCURACY_M): FixAverage | undefined {
  const kept = all.filter((f) => Number.isFinite(f.accuracyM) && f.accuracyM <= maxFixAccuracyM);
  if (!kept.length) return undefined;
  const n = kept.length;
  const lng = kept.reduce((s, f) => s + f.position[0], 0) / n;
  const lat = kept.reduce((s, f) => s + f.position[1], 0) / n;
  const metresPerDegLat = (Math.PI / 180) * EARTH_RADIUS_M;
  const metresPerDegLng = metresPerDegLat * Math.cos((lat * Math.PI) / 180);
  const squares = kept.map((f) => ((f.position[0] - lng) * metresPerDegLng) ** 2 + ((f.position[1] - lat) * metresPerDegLat) ** 2);
  return {
    position: [round(lng, 6), round(lat, 6)],
    spreadM: round(Math.sqrt(squares.reduce((s, x) => s + x, 0) / n), 1),
    accuracyM: round(kept.reduce((s, f) => s + f.accuracyM, 0) / n, 1),
    fixes: n,
    dropped: all.length - n,
  };
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
