import type { Landmark } from '../../schemas/landmark';
import { checkinsInOrder } from '../trail/checkinsInOrder';

/** The check-in points before and after `id` on the trail, and the number of points; `undefined` for other landmarks. */
export function trailNeighbours(landmarks: readonly Landmark[], id: string): { previous?: Landmark; next?: Landmark; total: number } | undefined {
  const trail = checkinsInOrder(landmarks);
  const i = trail.findIndex((l) => l.id === id);
  if (i < 0) return undefined;
  return { previous: trail[i - 1], next: trail[i + 1], total: trail.length };
}
