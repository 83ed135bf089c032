import { BUILDING_STATUSES, type Building, type BuildingStatus } from '../../schemas/building';

/** How many buildings have each renovation status, in legend order (zeros included). */
export function statusCounts(buildings: readonly Building[]): { status: BuildingStatus; count: number; numbers: number[] }[] {
  return BUILDING_STATUSES.map((status) => {
    const numbers = buildings.filter((b) => b.properties.status === status).map((b) => b.properties.number).sort((a, b) => a - b);
    return { status, count: numbers.length, numbers };
  });
}
