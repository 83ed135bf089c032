/**
 * A fixed-window limit per key (a client address): at most `max` hits per `windowMs`. Kept in memory —
 * one server process is this site's whole deployment. `hit` says whether to allow, and when to retry.
 */
export function rateLimiter({ max, windowMs }: { max: number; windowMs: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key: string, at = Date.now()): { allowed: true } | { allowed: false; retryAfterS: number } {
      const w = windows.get(key);
      if (!w || at - w.start >= windowMs) {
        windows.set(key, { start: at, count: 1 });
        if (windows.size > 10_000) for (const [k, v] of windows) if (at - v.start >= windowMs) windows.delete(k);
        return { allowed: true };
      }
      w.count += 1;
      if (w.count <= max) return { allowed: true };
      return { allowed: false, retryAfterS: Math.max(1, Math.ceil((w.start + windowMs - at) / 1000)) };
    },
    reset(key: string) { windows.delete(key); },
  };
}

/** Reads a limit such as `5/600` (5 per 600 s) from a setting, or gives the default. */
export function limitFromSetting(value: string | undefined, fallback: { max: number; windowMs: number }) {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  return m ? { max: Number(m[1]), windowMs: Number(m[2]) * 1000 } : fallback;
}
