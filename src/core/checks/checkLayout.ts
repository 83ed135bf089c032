import bbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';
import type { Community } from '../../schemas/community';
import type { Landmark } from '../../schemas/landmark';
import type { Stairwell } from '../../schemas/stairwell';
import { nearestOnLine } from '../geo/nearestOnLine';
import { positionsOf } from '../geo/positionsOf';
import type { Problem } from './problem';
import { checkinsInOrder } from '../trail/checkinsInOrder';

/** A stairwell entrance may sit this far from its building's outline: 1 m covers 6-decimal rounding (≈ 0.1 m) with room. */
export const ENTRANCE_TOLERANCE_M = 1;

export type LayoutInput = {
  community: Community;
  base: BaseFeature[];
  buildings: Building[];
  stairwells: Stairwell[];
  landmarks: Landmark[];
  files: { base: string; buildings: string; stairwells: string; landmarks: string; community: string };
};

/**
 * Rules across files: one boundary, everything inside it, buildings that do not overlap,
 * stairwell entrances on their building's outline and numbered 1…n, references that resolve,
 * and the totals `community.json` promises.
 */
export function checkLayout(input: LayoutInput): Problem[] {
  const { community, base, buildings, stairwells, landmarks, files } = input;
  const problems: Problem[] = [];
  const say = (file: string, id: string, message: string) => problems.push({ file, id, message });

  const boundaries = base.filter((f) => f.properties.kind === 'boundary');
  if (boundaries.length !== 1) say(files.base, '-', `needs exactly one boundary, found ${boundaries.length}`);
  const boundary = boundaries[0];
  if (boundary && boundary.geometry.type === 'Polygon') {
    const area = boundary.geometry;
    const outside = (file: string, features: (BaseFeature | Building | Stairwell | Landmark)[]) => {
      for (const f of features) {
        if (f === boundary) continue;
        if (positionsOf(f.geometry).some((p) => !booleanPointInPolygon(p, area))) say(file, f.id, 'lies outside the community boundary');
      }
    };
    outside(files.base, base);
    outside(files.buildings, buildings);
    outside(files.stairwells, stairwells);
    outside(files.landmarks, landmarks);
  }

  problems.push(...overlappingBuildings(buildings, files.buildings));

  const byNumber = new Map<number, Building>();
  for (const b of buildings) {
    if (byNumber.has(b.properties.number)) say(files.buildings, b.id, `building number ${b.properties.number} used twice`);
    byNumber.set(b.properties.number, b);
  }
  const unitsOf = new Map<number, number[]>();
  for (const s of stairwells) {
    const b = byNumber.get(s.properties.building);
    if (!b) { say(files.stairwells, s.id, `building ${s.properties.building} not found in ${files.buildings}`); continue; }
    unitsOf.set(b.properties.number, [...(unitsOf.get(b.properties.number) ?? []), s.properties.unit]);
    const ring = b.geometry.coordinates[0]!;
    const { distanceM } = nearestOnLine(ring, s.geometry.coordinates);
    if (distanceM > ENTRANCE_TOLERANCE_M) say(files.stairwells, s.id, `entrance is ${distanceM.toFixed(1)} m from the outline of ${b.id} (must be on it)`);
  }
  for (const b of buildings) {
    const units = (unitsOf.get(b.properties.number) ?? []).sort((x, y) => x - y);
    const expected = Array.from({ length: b.properties.stairwells }, (_, i) => i + 1);
    if (units.join() !== expected.join()) {
      say(files.stairwells, b.id, `building ${b.properties.number} has ${b.properties.stairwells} stairwells but entrances numbered [${units.join(', ')}]`);
    }
  }

  const stairwellIds = new Set(stairwells.map((s) => s.id));
  for (const l of landmarks) {
    const { building, stairwell } = l.properties;
    if (building !== undefined && !byNumber.has(building)) say(files.landmarks, l.id, `building ${building} not found in ${files.buildings}`);
    if (stairwell !== undefined && !stairwellIds.has(stairwell)) say(files.landmarks, l.id, `stairwell ${stairwell} not found in ${files.stairwells}`);
  }

  const totals = community.totals;
  const stairwellSum = buildings.reduce((n, b) => n + b.properties.stairwells, 0);
  const checkins = checkinsInOrder(landmarks).length;
  if (buildings.length !== totals.buildings) say(files.buildings, '-', `${buildings.length} buildings, but ${files.community} says ${totals.buildings}`);
  if (stairwellSum !== totals.stairwells) say(files.buildings, '-', `stairwell counts add up to ${stairwellSum}, but ${files.community} says ${totals.stairwells}`);
  if (stairwells.length !== totals.stairwells) say(files.stairwells, '-', `${stairwells.length} entrances, but ${files.community} says ${totals.stairwells}`);
  if (checkins !== totals.checkins) say(files.landmarks, '-', `${checkins} check-in points, but ${files.community} says ${totals.checkins}`);
  return problems;
}

/** Pairs of buildings whose footprints touch or overlap; a sweep over west edges keeps it near-linear for large estates. */
function overlappingBuildings(buildings: Building[], file: string): Problem[] {
  const boxes = buildings.map((b) => {
    const [w, s, e, n] = bbox(b.geometry);
    return { b, w, e, s, n };
  }).sort((p, q) => p.w - q.w);
  const problems: Problem[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.w <= a.e; j += 1) {
      const c = boxes[j]!;
      if (c.s > a.n || c.n < a.s) continue;
      if (booleanIntersects(a.b.geometry, c.b.geometry)) problems.push({ file, id: a.b.id, message: `overlaps building ${c.b.id}` });
    }
  }
  return problems;
}
