import { createHash } from 'node:crypto';

/**
 * One answer per thing sent: the same form sent again while the first is being taken in, or soon after it was
 * taken (a double tap, a phone that posts again on a flaky network), gets the first one's answer instead of being
 * taken in twice. Only what was taken is remembered; a refusal is not, so sending again after fixing a field works.
 * Kept in memory for `ttlMs` — one server process is this site's whole deployment — and for at most `max` keys,
 * each kept as its SHA-256 digest (a key may be a whole story; its digest is 44 characters).
 */
export function sentOnce<T extends { ok: boolean }>({ ttlMs, max }: { ttlMs: number; max: number }) {
  const seen = new Map<string, { at: number; answer: Promise<T> }>();
  const send = (digest: string, at: number, take: () => Promise<T>): Promise<T> => {
    // Oldest first (a Map keeps insertion order): stop at the first one still fresh.
    for (const [k, v] of seen) {
      if (at - v.at <= ttlMs && seen.size <= max) break;
      seen.delete(k);
    }
    const earlier = seen.get(digest);
    // The first was refused: its entry is gone by now, so the sendings that waited on it start again as one.
    if (earlier) return earlier.answer.then((a) => (a.ok ? a : send(digest, at, take)), () => send(digest, at, take));
    const answer = take();
    seen.set(digest, { at, answer });
    answer.then((a) => { if (!a.ok) seen.delete(digest); }, () => seen.delete(digest));
    return answer;
  };
  return (key: string, at: number, take: () => Promise<T>): Promise<T> => send(createHash('sha256').update(key).digest('base64'), at, take);
}
