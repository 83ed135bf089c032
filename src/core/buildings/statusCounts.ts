import type { Building, BuildingStatus } from '../../schemas/building';
import { BUILDING_STATUSES } from '../../schemas/enums';

/** How many buildings have each renovation status, in legend order (zeros included). */
export function statusCounts(buildings: readonly Building[]): { status: BuildingStatus; count: number; numbers: number[] }[] {
  return BUILDING_STATUSES.map((status) => {
    const numbers = buildings.filter((b) => b.properties.status === status).map((b) => b.properties.number).sort((a, b) => a - b);
    return { status, count: numbers.length, numbers };
  });
}
