import type { Landmark } from '../../schemas/landmark';

/** The landmarks that belong to building `number` (their `building` property), sorted by id. */
export function landmarksAt<L extends Landmark>(landmarks: readonly L[], number: number): L[] {
  return landmarks.filter((l) => l.properties.building === number).sort((a, b) => a.id.localeCompare(b.id));
}
