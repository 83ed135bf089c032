import { SUBMITTABLE_KINDS } from '../schemas/submission';
import { anchorOf } from '../core/map/anchorOf';
import { pickPlacesOf } from '../core/map/pickPlacesOf';
import { getBase, getBuildings, getLandmarks, getStairwells } from '../community/collections';

/**
 * What the submit form offers: kinds, buildings and their stairwells, the map picker's GeoJSON, and the
 * places a tap snaps to (`places`: boundary, building anchors and outlines, stairwell entrances), with the
 * landmarks' anchors for the picker's small dots.
 */
export async function getSubmitFormData() {
  const [base, buildings, stairwells, landmarks] = await Promise.all([getBase(), getBuildings(), getStairwells(), getLandmarks()]);
  const places = pickPlacesOf({ base, buildings, stairwells });
  return {
    kinds: SUBMITTABLE_KINDS,
    buildings: buildings.map((b) => ({
      number: b.properties.number,
      stairwells: stairwells.filter((s) => s.properties.building === b.properties.number).map((s) => s.properties.unit).sort((a, c) => a - c),
    })),
    base: { type: 'FeatureCollection' as const, features: base },
    buildingShapes: { type: 'FeatureCollection' as const, features: buildings },
    places,
    landmarkDots: landmarks.map((l) => anchorOf(l.geometry)),
  };
}
