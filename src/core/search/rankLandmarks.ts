/** A landmark as search sees it: its names, and its kind's name and synonyms (see `SearchIndex`). */
type Searchable = { id: string; names: readonly string[]; words: readonly string[] };

/**
 * The landmarks a text query finds, best first: a name that is the query, then a kind word (kind name or
 * synonym) that is the query, then names containing it, then kind words containing it, and only when none of
 * those, names or kind words the query contains ("小狗在哪" finds the pet area by 狗). Ties keep the data's order. Case, width,
 * spaces and punctuation are ignored, so `check in`, `Check-In` and `checkin` are the same query.
 * @example rankLandmarks('dog', [{ id: 'pet-tribe', names: ['爱宠部落'], words: ['dog'] }]) → ['pet-tribe']
 */
export function rankLandmarks(query: string, landmarks: readonly Searchable[]): string[] {
  const q = compact(query);
  if (!q) return [];
  const tierOf = (l: Searchable): number => {
    const names = l.names.map(compact);
    const words = l.words.map(compact);
    if (names.includes(q)) return 0;
    if (words.includes(q)) return 1;
    if (names.some((n) => n.includes(q))) return 2;
    if (words.some((w) => w.includes(q))) return 3;
    if ([...names, ...words].some((t) => meaningful(t) && q.includes(t))) return 4;
    return Number.POSITIVE_INFINITY;
  };
  const found = landmarks.map((l, order) => ({ id: l.id, order, tier: tierOf(l) })).filter((r) => Number.isFinite(r.tier));
  // A word inside the query only counts when nothing matched better: "pet friends mural" is the mural, not every pet.
  const best = found.some((r) => r.tier < 4) ? found.filter((r) => r.tier < 4) : found;
  return best.sort((a, b) => a.tier - b.tier || a.order - b.order).map((r) => r.id);
}

/** Text reduced to what a visitor means: NFKC width, lower case, no spaces, punctuation or symbols. */
function compact(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Long enough to count when a query contains it: one Chinese character (狗) carries meaning, one or two letters do not. */
function meaningful(term: string): boolean {
  return /[\u3400-\u9fff]/.test(term) || term.length >= 3;
}
