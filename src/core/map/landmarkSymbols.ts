import type { LandmarkKind } from '../../schemas/landmark';

/** The glyph inside each landmark's map pin and legend swatch (check-in points show their number instead). */
export const KIND_SYMBOLS: Record<LandmarkKind, string> = {
  checkin: '#', walkway: '▶', 'celebrity-stairwell': '★', 'pet-area': '♥', 'meeting-spot': '◆', showcase: '▣',
  bench: '≡', manhole: '◎', ramp: '◢', mural: '✎', other: '•',
};
