import { BUILDING_STATUSES } from '../../schemas/enums';
import { kindsOf, LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';

/** The kinds of a registry that have a layer of their own. */
export type OwnLayerKind<R extends LandmarkKindRegistry> = { [K in keyof R & string]: R[K]['layer'] extends 'own' ? K : never }[keyof R & string];
/** A landmark layer of a registry: a kind with a layer of its own, or `others`. */
export type LayerOf<R extends LandmarkKindRegistry> = OwnLayerKind<R> | 'others';

/**
 * The landmark layers the visitor can switch, in legend order: each kind whose registry entry says `layer: 'own'`
 * (its key is the kind's id), then `others`, which holds every other kind.
 */
export function landmarkLayersOf<R extends LandmarkKindRegistry>(registry: R): LayerOf<R>[] {
  const own = kindsOf(registry).filter((kind) => registry[kind]!.layer === 'own') as OwnLayerKind<R>[];
  return [...own, 'others'];
}

/** The layer a landmark of this kind is drawn in: its own, or `others`. */
export function layerOfKind<R extends LandmarkKindRegistry = typeof LANDMARK_KIND_REGISTRY>(
  kind: keyof R & string,
  registry: R = LANDMARK_KIND_REGISTRY as unknown as R,
): LayerOf<R> {
  return registry[kind]!.layer === 'own' ? (kind as OwnLayerKind<R>) : 'others';
}

/** Landmark layers the visitor can switch (`checkin`, `walkway`, `pet-area`, `others` today). */
export const LANDMARK_LAYERS = landmarkLayersOf(LANDMARK_KIND_REGISTRY);
export type LandmarkLayer = LayerOf<typeof LANDMARK_KIND_REGISTRY>;
/** Every switchable layer: buildings by renovation status, then the landmark layers. */
export const LAYER_KEYS = [...BUILDING_STATUSES, ...LANDMARK_LAYERS] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
