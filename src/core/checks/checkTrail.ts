import type { Landmark } from '../../schemas/landmark';
import { nearestOnLine } from '../geo/nearestOnLine';
import type { Problem } from './problem';
import { checkinsInOrder } from '../trail/checkinsInOrder';

/** A check-in point counts as on the walkway within 2 m: rounding plus the width of a painted path. */
export const ON_WALKWAY_M = 2;

/**
 * The trail rules: check-in points numbered 1…n without gaps, one walkway whose `stops` list every
 * check-in point in that order, and a line that passes each point, in order.
 */
export function checkTrail(landmarks: Landmark[], file: string): Problem[] {
  const problems: Problem[] = [];
  const say = (id: string, message: string) => problems.push({ file, id, message });
  const checkins = checkinsInOrder(landmarks);
  checkins.forEach((c, i) => {
    if (c.properties.order !== i + 1) say(c.id, `trail order ${c.properties.order}, expected ${i + 1} (orders must run 1…${checkins.length} without gaps or repeats)`);
  });
  const walkways = landmarks.filter((l) => l.properties.kind === 'walkway');
  if (checkins.length === 0) return problems;
  if (walkways.length !== 1) {
    say('-', `needs exactly one walkway (kind "walkway"), found ${walkways.length}`);
    return problems;
  }
  const walkway = walkways[0]!;
  if (walkway.geometry.type !== 'LineString') return problems;
  const stops = walkway.properties.stops ?? [];
  const byId = new Map(landmarks.map((l) => [l.id, l]));
  for (const c of checkins) {
    if (!stops.includes(c.id)) say(c.id, `check-in point missing from the walkway order (${walkway.id}.stops)`);
  }
  stops.forEach((id, i) => {
    const target = byId.get(id);
    if (target?.properties.kind !== 'checkin') say(walkway.id, `stop ${i + 1} "${id}" is not a check-in point`);
    else if (target.properties.order !== i + 1) say(walkway.id, `stop ${i + 1} is "${id}", whose trail order is ${target.properties.order}`);
  });
  let lastAlong = -1;
  for (const c of checkins) {
    if (c.geometry.type !== 'Point') continue;
    const { distanceM, alongM } = nearestOnLine(walkway.geometry.coordinates, c.geometry.coordinates);
    if (distanceM > ON_WALKWAY_M) say(c.id, `is ${distanceM.toFixed(1)} m off the walkway (must be within ${ON_WALKWAY_M} m)`);
    else if (alongM < lastAlong) say(c.id, `the walkway reaches it before the previous check-in point (out of trail order)`);
    lastAlong = Math.max(lastAlong, alongM);
  }
  return problems;
}
