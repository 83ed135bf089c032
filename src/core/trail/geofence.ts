import type { Position } from '../../schemas/geojson';
import type { CompassPoint } from '../geo/compassPoint';
import { distanceAndDirection } from '../geo/distanceAndDirection';

/** One reading of the phone's position: where, and how sure (the radius of its 68 % circle, metres). */
export type Fix = { position: Position; accuracyM: number };

/** What a location check-in decides, with what the page needs to explain it. */
export type GeofenceDecision =
  | { outcome: 'stamp'; distanceM: number }
  | { outcome: 'too-far'; distanceM: number; heading: CompassPoint }
  | { outcome: 'poor-fix'; accuracyM: number };

/**
 * Decides a location check-in on the phone: a fix less precise than `minAccuracyM` is refused (retry or
 * scan the QR code); within `radiusM` of the point stamps; farther away says how far and which way to go.
 * @example decideCheckin({ position: [120, 31.79], accuracyM: 10 }, [120, 31.7903], 35, 40) → { outcome: 'stamp', distanceM: ≈33 }
 */
export function decideCheckin(fix: Fix, point: Position, radiusM: number, minAccuracyM: number): GeofenceDecision {
  if (!(fix.accuracyM <= minAccuracyM)) return { outcome: 'poor-fix', accuracyM: fix.accuracyM };
  const { metres: distanceM, direction } = distanceAndDirection(fix.position, point);
  if (distanceM <= radiusM) return { outcome: 'stamp', distanceM };
  return { outcome: 'too-far', distanceM, heading: direction };
}
