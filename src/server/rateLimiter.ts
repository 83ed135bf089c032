/** Whether a client may go ahead, and if not, in how many seconds it may try again. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/** A place held under a limit while a request is worked on: `commit` counts it, `release` gives it back (each once). */
export type RateSlot = { allowed: true; commit: () => void; release: () => void };

/**
 * A sliding-window limit per key (a client address): at most `max` counted events in any `windowMs`. Kept
 * in memory — one server process is this site's whole deployment. `check` looks without counting and
 * `record` counts, so a caller can count only what succeeded.
 * `reserve` holds a place while slow work runs (a photo being processed): requests arriving meanwhile see it taken,
 * so many sent at once cannot all pass the check before the first is counted. An IPv6 key counts for its whole /64
 * network (`networkOf`): one home or phone is given a /64 and could otherwise be a new client at every address.
 */
export function rateLimiter({ max, windowMs }: { max: number; windowMs: number }) {
  const events = new Map<string, number[]>();
  const held = new Map<string, number>();
  const recent = (key: string, at: number) => (events.get(key) ?? []).filter((t) => at - t < windowMs);
  const check = (address: string, at = Date.now()): RateDecision => {
    const key = networkOf(address);
    // Places held now count as events now: that is when they will be recorded, if they are.
    const times = [...recent(key, at), ...Array<number>(held.get(key) ?? 0).fill(at)];
    if (times.length < max) return { allowed: true };
    // The oldest counted event that must leave the window before one more fits.
    const frees = times[times.length - max]! + windowMs;
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((frees - at) / 1000)) };
  };
  const record = (address: string, at = Date.now()) => {
    const key = networkOf(address);
    // Only the latest `max` events can ever decide a check.
    events.set(key, [...recent(key, at), at].slice(-Math.max(1, max)));
    if (events.size > 10_000) for (const [k, times] of events) if (!times.some((t) => at - t < windowMs)) events.delete(k);
  };
  const hold = (address: string, by: 1 | -1) => {
    const key = networkOf(address);
    const n = (held.get(key) ?? 0) + by;
    if (n > 0) held.set(key, n);
    else held.delete(key);
  };
  return {
    check,
    record,
    reserve(key: string, at = Date.now()): RateSlot | Extract<RateDecision, { allowed: false }> {
      const decision = check(key, at);
      if (!decision.allowed) return decision;
      hold(key, 1);
      let open = true;
      const close = () => {
        if (!open) return false;
        open = false;
        hold(key, -1);
        return true;
      };
      return { allowed: true, commit: () => { if (close()) record(key, at); }, release: () => { close(); } };
    },
  };
}

/**
 * The network a client address is limited as: an IPv6 address's /64 (`2001:db8:0:12::/64`), anything else itself.
 * @example networkOf('2001:db8:0:12:a:b:c:d') === '2001:db8:0:12::/64'
 */
export function networkOf(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail, more] = address.split('%')[0]!.toLowerCase().split('::');
  if (more !== undefined) return address;
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  // An IPv4 tail (`64:ff9b::192.0.2.1`) stands for two groups.
  const width = back.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = tail === undefined ? front : [...front, ...Array<string>(Math.max(0, 8 - front.length - width)).fill('0'), ...back];
  const prefix = groups.slice(0, 4).map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16).toString(16) : g));
  return `${prefix.join(':')}::/64`;
}

/** Reads a limit such as `30/3600` (30 per 3600 s) from a setting, or gives the default. */
export function limitFromSetting(value: string | undefined, fallback: { max: number; windowMs: number }) {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? '');
  return m ? { max: Number(m[1]), windowMs: Number(m[2]) * 1000 } : fallback;
}
