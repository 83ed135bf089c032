import { BUILDING_STATUSES } from '../../schemas/enums';
import type { LandmarkKind } from '../../schemas/landmark';

/** Landmark layers the visitor can switch; every other kind goes into `others`. */
export const LANDMARK_LAYERS = ['checkin', 'walkway', 'pet-area', 'others'] as const;
export type LandmarkLayer = (typeof LANDMARK_LAYERS)[number];
/** Every switchable layer: buildings by renovation status, then the landmark layers. */
export const LAYER_KEYS = [...BUILDING_STATUSES, ...LANDMARK_LAYERS] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** The layer a landmark of this kind is drawn in. */
export function layerOfKind(kind: LandmarkKind): LandmarkLayer {
  return kind === 'checkin' || kind === 'walkway' || kind === 'pet-area' ? kind : 'others';
}
