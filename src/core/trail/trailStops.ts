import length from '@turf/length';
import type { Landmark } from '../../schemas/landmark';
import { nearestOnLine } from '../geo/nearestOnLine';
import { checkinsInOrder } from './checkinsInOrder';

/** A check-in point as the trail sees it: its place along the walkway and the walk from the previous point. */
export type TrailStop = {
  id: string;
  order: number;
  /** Metres along the walkway from its start. */
  alongM: number;
  /** Metres walked along the walkway from the previous point (0 for the first). */
  legM: number;
};

/**
 * The check-in points in trail order with the walking distance between them, measured along the walkway
 * with Turf, and the walk's total length from the first point to the last.
 * @example trailStops(landmarks).stops[1].legM → metres from point 1 to point 2
 */
export function trailStops(landmarks: readonly Landmark[]): { stops: TrailStop[]; totalM: number; walkwayM: number } {
  const walkway = landmarks.find((l) => l.properties.kind === 'walkway');
  const checkins = checkinsInOrder(landmarks);
  if (walkway?.geometry.type !== 'LineString') return { stops: [], totalM: 0, walkwayM: 0 };
  const line = walkway.geometry.coordinates;
  const stops = checkins.map((c) => ({ id: c.id, order: c.properties.order!, alongM: c.geometry.type === 'Point' ? nearestOnLine(line, c.geometry.coordinates).alongM : 0 }));
  const withLegs = stops.map((s, i) => ({ ...s, legM: i === 0 ? 0 : s.alongM - stops[i - 1]!.alongM }));
  const totalM = withLegs.length ? withLegs[withLegs.length - 1]!.alongM - withLegs[0]!.alongM : 0;
  return { stops: withLegs, totalM, walkwayM: length({ type: 'Feature', geometry: walkway.geometry, properties: {} }, { units: 'meters' }) };
}

/** Minutes to walk `metres` at `paceMps`, rounded up to a whole minute. */
export function walkingMinutes(metres: number, paceMps: number): number {
  return Math.ceil(metres / paceMps / 60);
}
