/** A pin on screen: its anchor in CSS pixels, its dot's diameter, and whether it may wait for a closer zoom. */
export type PinSpot = { x: number; y: number; size: number; minor: boolean };
/** Where a pin's dot goes: shown or not, and its offset (px) from the anchor (a short leader line joins them). */
export type PinPlace = { shown: boolean; dx: number; dy: number };
/** A rectangle of the map (CSS px from its top left) that pins must keep clear of: a control, the floating search. */
export type Obstacle = { left: number; top: number; right: number; bottom: number };

/** A minor pin needs a 44 px tap target clear of every pin already placed (WCAG 2.5.8). */
const TAP_PX = 44;
/** Dots of important pins stay this far apart (px) so each stays readable and tappable. */
const GAP_PX = 3;
/** Eight directions to try moving a crowded dot, nearest rings first, in units of its size (the outer rings clear a
 * control such as the scale bar, which is wider than a dot, or a crowded corner: elder mode's pet-area pin at 360 px). */
const NUDGES = [1, 1.6, 2.3, 3, 4].flatMap((r) => [[0, -1], [1, 0], [0, 1], [-1, 0], [0.7, -0.7], [0.7, 0.7], [-0.7, 0.7], [-0.7, -0.7]].map(([x, y]) => [x! * r, y! * r] as const));

/**
 * Lays pins out in the order given (most important first): an important pin always shows, moved to the first
 * nearby spot where its dot overlaps no dot placed before it (or left in place if none is free); a minor pin shows
 * only where its whole 44 px tap target is clear, otherwise it waits for a closer zoom. Given the map's `size` (px),
 * a pin is never moved out of the map; given `obstacles` (the map's controls and floating search), no dot is placed
 * under one where a free spot exists nearby, and a minor pin under one waits.
 * @example placePins([{ x: 0, y: 0, size: 30, minor: false }, { x: 5, y: 0, size: 30, minor: false }])
 *   // → [{ shown: true, dx: 0, dy: 0 }, { shown: true, dx: 30, dy: 0 }]
 */
export function placePins(pins: readonly PinSpot[], size?: { w: number; h: number }, obstacles: readonly Obstacle[] = []): PinPlace[] {
  const placed: { x: number; y: number; r: number }[] = [];
  const clear = (x: number, y: number, r: number) => placed.every((p) => Math.abs(p.x - x) >= p.r + r || Math.abs(p.y - y) >= p.r + r)
    && obstacles.every((o) => x + r <= o.left || x - r >= o.right || y + r <= o.top || y - r >= o.bottom);
  return pins.map((pin) => {
    if (pin.minor) {
      if (!clear(pin.x, pin.y, TAP_PX / 2)) return { shown: false, dx: 0, dy: 0 };
      placed.push({ x: pin.x, y: pin.y, r: pin.size / 2 + GAP_PX });
      return { shown: true, dx: 0, dy: 0 };
    }
    const r = pin.size / 2 + GAP_PX / 2;
    const [dx, dy] = [[0, 0] as const, ...NUDGES].map(([x, y]) => [Math.round(x * pin.size), Math.round(y * pin.size)] as const)
      .find(([x, y]) => inside(pin.x + x, pin.y + y, pin.size / 2, size) && clear(pin.x + x, pin.y + y, r)) ?? [0, 0];
    placed.push({ x: pin.x + dx, y: pin.y + dy, r });
    return { shown: true, dx, dy };
  });
}

function inside(x: number, y: number, r: number, size?: { w: number; h: number }): boolean {
  return !size || (x - r >= 0 && y - r >= 0 && x + r <= size.w && y + r <= size.h);
}
