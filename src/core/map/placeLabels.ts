/** A label's box on screen, in CSS pixels (top-left corner and size), and how much it matters (higher first). */
export type LabelBox = {
  x: number; y: number; w: number; h: number; priority: number;
  /** Other places the label may go if its own is taken, as offsets in px, tried in order (e.g. along its building). */
  shifts?: readonly (readonly [number, number])[];
  /** Last places, tried only once every label has had its own place and `shifts`, so they take no room another label
   * could have had (e.g. outside its building); asked for only when the label is still not shown. */
  lastShifts?: () => readonly (readonly [number, number])[];
};
/** A rectangle on screen, in CSS pixels. */
export type Box = { x: number; y: number; w: number; h: number };

/**
 * Which labels to show, and where, so that none overlaps another (or an obstacle, such as a pin): greedy, in priority
 * order, ties in input order; each label tries its own place first, then its `shifts`; then, in the same order, each
 * label not shown tries its `lastShifts`. Returns, per box in input order, the offset it is shown at (`[0, 0]`: where
 * it was asked) or `null` (it waits for a closer zoom). `gap` (px) keeps shown labels apart.
 * @example placeLabels([{ x: 0, y: 0, w: 20, h: 12, priority: 1 }, { x: 10, y: 4, w: 20, h: 12, priority: 2 }])
 *   // → [null, [0, 0]]: the second matters more and the two overlap
 */
export function placeLabels(boxes: readonly LabelBox[], obstacles: readonly Box[] = [], gap = 2): ([number, number] | null)[] {
  const shown: ([number, number] | null)[] = boxes.map(() => null);
  const taken: Box[] = [...obstacles];
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  const place = (i: number, places: readonly (readonly [number, number])[]) => {
    const box = boxes[i]!;
    for (const [dx, dy] of places) {
      const moved = { x: box.x + dx, y: box.y + dy, w: box.w, h: box.h };
      if (taken.some((t) => overlaps(moved, t, gap))) continue;
      shown[i] = [dx, dy];
      taken.push(moved);
      return;
    }
  };
  for (const i of order) place(i, [[0, 0], ...(boxes[i]!.shifts ?? [])]);
  for (const i of order) if (!shown[i] && boxes[i]!.lastShifts) place(i, boxes[i]!.lastShifts!());
  return shown;
}

/** Whether two boxes overlap, or come closer than `gap` px. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}
