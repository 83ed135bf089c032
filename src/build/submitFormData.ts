import { SUBMITTABLE_KINDS } from '../schemas/submission';
import { getBase, getBuildings, getStairwells } from '../community/collections';

/** What the submit form offers: kinds, buildings and their stairwells, and the map picker's GeoJSON. */
export async function getSubmitFormData() {
  const [base, buildings, stairwells] = await Promise.all([getBase(), getBuildings(), getStairwells()]);
  return {
    kinds: SUBMITTABLE_KINDS,
    buildings: buildings.map((b) => ({
      number: b.properties.number,
      stairwells: stairwells.filter((s) => s.properties.building === b.properties.number).map((s) => s.properties.unit).sort((a, c) => a - c),
    })),
    base: { type: 'FeatureCollection' as const, features: base },
    buildingShapes: { type: 'FeatureCollection' as const, features: buildings },
  };
}
