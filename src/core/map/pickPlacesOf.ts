import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';
import type { Stairwell } from '../../schemas/stairwell';
import { anchorOf } from './anchorOf';
import type { PickPlaces } from './snapToPlace';

/**
 * The places a map tap snaps to (`snapToPlace`), from the community's data: the boundary's rings, each
 * building's number, anchor and outline, each stairwell entrance. The same for the submit page (at build
 * time) and the server (a moderator moving a story's point).
 */
export function pickPlacesOf({ base, buildings, stairwells }: { base: readonly BaseFeature[]; buildings: readonly Building[]; stairwells: readonly Stairwell[] }): PickPlaces {
  const boundary = base.find((f) => f.properties.kind === 'boundary');
  return {
    boundary: boundary?.geometry.type === 'Polygon' ? boundary.geometry.coordinates : [],
    buildings: buildings.map((b) => ({ number: b.properties.number, at: anchorOf(b.geometry), outline: b.geometry.coordinates })),
    entrances: stairwells.map((s) => ({ id: s.id, building: s.properties.building, unit: s.properties.unit, at: s.geometry.coordinates })),
  };
}
