import { LANDMARK_KIND_REGISTRY, LANDMARK_KINDS, type LandmarkKind } from '../../schemas/landmarkKinds';

/**
 * The glyph inside each landmark's map pin and legend swatch (check-in points show their number instead),
 * from the kind registry (`src/schemas/landmarkKinds.ts`).
 */
export const KIND_SYMBOLS = Object.fromEntries(
  LANDMARK_KINDS.map((kind) => [kind, LANDMARK_KIND_REGISTRY[kind].symbol]),
) as Record<LandmarkKind, string>;
