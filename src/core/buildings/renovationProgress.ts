import type { Building, BuildingStatus } from '../../schemas/building';

/** The three bars of the progress chart and the statuses behind each. */
export const PROGRESS_GROUPS = [
  { group: 'done', statuses: ['celebrity', 'renewed'] },
  { group: 'in-progress', statuses: ['in-progress'] },
  { group: 'not-yet', statuses: ['not-yet'] },
] as const satisfies readonly { group: string; statuses: readonly BuildingStatus[] }[];
export type ProgressGroup = (typeof PROGRESS_GROUPS)[number]['group'];

/**
 * Renovation progress as the chart shows it: done (celebrity stairwells and renewed), in progress, not yet.
 * @example renovationProgress(cailing) → [{ group: 'done', count: 7, … }, { group: 'in-progress', count: 2, … }, { group: 'not-yet', count: 53, … }]
 */
export function renovationProgress(buildings: readonly Building[]): { group: ProgressGroup; statuses: readonly BuildingStatus[]; count: number }[] {
  return PROGRESS_GROUPS.map(({ group, statuses }) => ({
    group, statuses, count: buildings.filter((b) => (statuses as readonly BuildingStatus[]).includes(b.properties.status)).length,
  }));
}
