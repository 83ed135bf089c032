import { parseQuery } from './parseQuery';

/** What the map can focus: a building (`b22`), a stairwell entrance (`22-3`) or a landmark (its id). */
export type MapTarget = { type: 'building' | 'stairwell' | 'landmark'; id: string };

/** What search looks through: building numbers, stairwell ids, and each landmark's words (names and kind names, every language). */
export type SearchIndex = { buildings: readonly number[]; stairwells: readonly string[]; landmarks: readonly { id: string; terms: readonly string[] }[] };

/**
 * Finds what a visitor typed. Numbers go to buildings and stairwells; words to landmark names and kinds.
 * When nothing matches, `suggestions` offers close matches (nearest building numbers, the building's
 * stairwells, or landmarks sharing characters with the query).
 * @example searchMap('22-3', index).matches → [{ type: 'stairwell', id: '22-3' }]
 */
export function searchMap(input: string, index: SearchIndex): { matches: MapTarget[]; suggestions: MapTarget[] } {
  const q = parseQuery(input);
  const building = (n: number): MapTarget => ({ type: 'building', id: `b${n}` });
  const nearestBuildings = (n: number) => [...index.buildings].sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b).slice(0, 3).map(building);
  switch (q.type) {
    case 'empty':
      return { matches: [], suggestions: [] };
    case 'building':
      return index.buildings.includes(q.number) ? { matches: [building(q.number)], suggestions: [] } : { matches: [], suggestions: nearestBuildings(q.number) };
    case 'stairwell': {
      const id = `${q.building}-${q.unit}`;
      if (index.stairwells.includes(id)) return { matches: [{ type: 'stairwell', id }], suggestions: [] };
      const siblings = index.stairwells.filter((s) => s.startsWith(`${q.building}-`)).map((s): MapTarget => ({ type: 'stairwell', id: s }));
      return { matches: [], suggestions: siblings.length ? siblings : nearestBuildings(q.building) };
    }
    case 'text': {
      const matches = index.landmarks.filter((l) => l.terms.some((t) => t.toLowerCase().includes(q.text))).map((l): MapTarget => ({ type: 'landmark', id: l.id }));
      if (matches.length) return { matches, suggestions: [] };
      const scored = index.landmarks
        .map((l) => ({ id: l.id, score: Math.max(...l.terms.map((t) => similarity(q.text, t.toLowerCase()))) }))
        .filter((s) => s.score >= 0.34)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      return { matches: [], suggestions: scored.map((s): MapTarget => ({ type: 'landmark', id: s.id })) };
    }
  }
}

/** Share of the query's characters (for Chinese) or letter pairs (for English) that `text` also has, 0…1. */
function similarity(query: string, text: string): number {
  const grams = (s: string) => (/[\u3400-\u9fff]/.test(s) ? [...s.replace(/\s/g, '')] : [...Array(Math.max(0, s.length - 1)).keys()].map((i) => s.slice(i, i + 2)));
  const q = new Set(grams(query));
  if (!q.size) return 0;
  const t = new Set(grams(text));
  let shared = 0;
  for (const g of q) if (t.has(g)) shared += 1;
  return shared / q.size;
}
