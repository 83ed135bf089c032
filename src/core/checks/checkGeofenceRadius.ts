import distance from '@turf/distance';
import type { Landmark } from '../../schemas/landmark';
import type { Problem } from './problem';
import { checkinsInOrder } from '../trail/checkinsInOrder';

/**
 * The check-in radius must be under half the gap between the two closest check-in points, or one phone
 * could stamp two points from one spot.
 */
export function checkGeofenceRadius(landmarks: readonly Landmark[], radiusM: number, files: { landmarks: string; community: string }): Problem[] {
  const points = checkinsInOrder(landmarks).filter((l) => l.geometry.type === 'Point');
  let closest: { gap: number; a: string; b: string } | undefined;
  points.forEach((a, i) => { points.slice(i + 1).forEach((b) => {
    const gap = distance(a.geometry.coordinates as [number, number], b.geometry.coordinates as [number, number], { units: 'meters' });
    if (!closest || gap < closest.gap) closest = { gap, a: a.id, b: b.id };
  }); });
  if (!closest || radiusM < closest.gap / 2) return [];
  return [{ file: files.community, id: '-', message: `trail.checkinRadiusM ${radiusM} m is not under half the ${closest.gap.toFixed(0)} m between ${closest.a} and ${closest.b} (${files.landmarks})` }];
}
