import { LANDMARK_KINDS } from '../../schemas/enums';
import type { Landmark, LandmarkKind } from '../../schemas/landmark';

/** Landmarks grouped by kind in legend order; check-in points by trail order, others by id. Empty kinds are left out. */
export function groupByKind<L extends Landmark>(landmarks: readonly L[]): { kind: LandmarkKind; items: L[] }[] {
  return LANDMARK_KINDS.map((kind) => ({
    kind,
    items: landmarks
      .filter((l) => l.properties.kind === kind)
      .sort((a, b) => (a.properties.order ?? 0) - (b.properties.order ?? 0) || a.id.localeCompare(b.id)),
  })).filter((group) => group.items.length > 0);
}
