import { editDistance } from '../text/editDistance';
import { parseQuery } from './parseQuery';
import { rankLandmarks } from './rankLandmarks';

/** What the map can focus: a building (`b22`), a stairwell entrance (`22-3`) or a landmark (its id). */
export type MapTarget = { type: 'building' | 'stairwell' | 'landmark'; id: string };

/**
 * What search looks through: building numbers, stairwell ids, and each landmark's `names` (every language) and
 * `words` (its kind's name and synonyms, every language; see `landmarkSearchTerms`).
 */
export type SearchIndex = {
  buildings: readonly number[];
  stairwells: readonly string[];
  landmarks: readonly { id: string; names: readonly string[]; words: readonly string[] }[];
};

/**
 * Finds what a visitor typed. Numbers go to buildings and stairwells; words to landmark names, kinds and their
 * synonyms, best match first (`rankLandmarks`).
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
      const matches = rankLandmarks(q.text, index.landmarks).map((id): MapTarget => ({ type: 'landmark', id }));
      if (matches.length) return { matches, suggestions: [] };
      const scored = index.landmarks
        .map((l) => ({ id: l.id, score: Math.max(...[...l.names, ...l.words].map((t) => similarity(q.text, t.toLowerCase()))) }))
        .filter((s) => s.score >= 0.34)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      return { matches: [], suggestions: scored.map((s): MapTarget => ({ type: 'landmark', id: s.id })) };
    }
  }
}

/**
 * How close `text` is to the query, 0…1. Chinese: the share of the query's characters `text` also has.
 * Other scripts: the better of the share of letter pairs in common and the edit distance to `text` or one of its
 * words (so the typo `benhc` is closer to "Benches" than to "Garden").
 */
function similarity(query: string, text: string): number {
  if (/[\u3400-\u9fff]/.test(query)) return shared([...query.replace(/\s/g, '')], [...text]);
  const pairs = (s: string) => [...Array(Math.max(0, s.length - 1)).keys()].map((i) => s.slice(i, i + 2));
  const edits = [text, ...text.split(/[\s\p{P}]+/u)].filter(Boolean).map((w) => 1 - editDistance(query, w) / Math.max(query.length, w.length));
  return Math.max(shared(pairs(query), pairs(text)), ...edits);
}

/** Share of the distinct items of `query` that `text` also has, 0…1. */
function shared(query: readonly string[], text: readonly string[]): number {
  const q = new Set(query);
  if (!q.size) return 0;
  const t = new Set(text);
  let count = 0;
  for (const g of q) if (t.has(g)) count += 1;
  return count / q.size;
}
