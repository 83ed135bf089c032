/** A label's box on screen, in CSS pixels (top-left corner and size), and how much it matters (higher first). */
export type LabelBox = { x: number; y: number; w: number; h: number; priority: number };

/**
 * Which labels to show so that none overlaps another (or an obstacle, such as a pin): greedy, in priority order,
 * ties in input order. Returns one boolean per box, in input order. `gap` (px) keeps shown labels apart.
 * @example placeLabels([{ x: 0, y: 0, w: 20, h: 12, priority: 1 }, { x: 10, y: 4, w: 20, h: 12, priority: 2 }])
 *   // → [false, true]: the second matters more and the two overlap
 */
export function placeLabels(boxes: readonly LabelBox[], obstacles: readonly Omit<LabelBox, 'priority'>[] = [], gap = 2): boolean[] {
  const shown = boxes.map(() => false);
  const taken: Omit<LabelBox, 'priority'>[] = [...obstacles];
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  for (const i of order) {
    const box = boxes[i]!;
    if (taken.some((t) => overlaps(box, t, gap))) continue;
    shown[i] = true;
    taken.push(box);
  }
  return shown;
}

function overlaps(a: Omit<LabelBox, 'priority'>, b: Omit<LabelBox, 'priority'>, gap: number): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}
