import type { Landmark } from '../../schemas/landmark';

/**
 * The check-in points among `landmarks`, in trail order (`properties.order`, 1 first). The sort is stable, so
 * two points given the same order keep their file order (checkTrail reports the repeat); a point without an
 * order (only in data the schema has not passed) goes last.
 * @example checkinsInOrder(landmarks).map((l) => l.properties.order) → [1, 2, 3, …]
 */
export function checkinsInOrder(landmarks: readonly Landmark[]): Landmark[] {
  const orderOf = (l: Landmark) => l.properties.order ?? Number.MAX_SAFE_INTEGER;
  return landmarks.filter((l) => l.properties.kind === 'checkin').sort((a, b) => orderOf(a) - orderOf(b));
}
