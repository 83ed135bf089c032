/**
 * One answer per thing sent: the same form sent again while the first is being taken in, or soon after it was
 * taken (a double tap, a phone that posts again on a flaky network), gets the first one's answer instead of being
 * taken in twice. Only what was taken is remembered; a refusal is not, so sending again after fixing a field works.
 * Kept in memory for `ttlMs` — one server process is this site's whole deployment — and for at most `max` keys.
 */
export function sentOnce<T extends { ok: boolean }>({ ttlMs, max }: { ttlMs: number; max: number }) {
  const seen = new Map<string, { at: number; answer: Promise<T> }>();
  return (key: string, at: number, take: () => Promise<T>): Promise<T> => {
    // Oldest first (a Map keeps insertion order): stop at the first one still fresh.
    for (const [k, v] of seen) {
      if (at - v.at <= ttlMs && seen.size <= max) break;
      seen.delete(k);
    }
    const earlier = seen.get(key);
    if (earlier) return earlier.answer.then((a) => (a.ok ? a : take()), () => take());
    const answer = take();
    seen.set(key, { at, answer });
    answer.then((a) => { if (!a.ok) seen.delete(key); }, () => seen.delete(key));
    return answer;
  };
}
