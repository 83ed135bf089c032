import type { BuildingStatus } from '../../schemas/building';
import type { LandmarkKind } from '../../schemas/landmark';

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

/** Symbol colour of each landmark kind. */
export const KIND_COLOURS: Record<LandmarkKind, string> = {
  checkin: '#b3261e',
  walkway: '#f2a900',
  'celebrity-stairwell': '#c2185b',
  'pet-area': '#6d8b2f',
  'meeting-spot': '#7b4a2a',
  showcase: '#6a1b9a',
  bench: '#00796b',
  manhole: '#455a64',
  ramp: '#0277bd',
  mural: '#b3261e',
  other: '#5d4037',
};
