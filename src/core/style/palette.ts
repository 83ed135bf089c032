import type { BuildingStatus } from '../../schemas/building';
import { LANDMARK_KIND_REGISTRY, LANDMARK_KINDS, type LandmarkKind } from '../../schemas/landmarkKinds';

/**
 * Colours of the map and its legend, chosen to stay apart for the common colour-vision deficiencies
 * and to reach 3:1 against the pale base map (WCAG 1.4.11). Text never relies on colour alone.
 */
export const STATUS_COLOURS: Record<BuildingStatus, string> = {
  celebrity: '#c2185b',
  renewed: '#1565c0',
  'in-progress': '#e65100',
  'not-yet': '#8a8f98',
};

/** Symbol colour of each landmark kind, from the kind registry (`src/schemas/landmarkKinds.ts`). */
export const KIND_COLOURS = Object.fromEntries(
  LANDMARK_KINDS.map((kind) => [kind, LANDMARK_KIND_REGISTRY[kind].colour]),
) as Record<LandmarkKind, string>;
