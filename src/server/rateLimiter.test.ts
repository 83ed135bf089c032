import { describe, expect, it } from 'vitest';
import { limitFromSetting, networkOf, rateLimiter } from './rateLimiter';

const MINUTE = 60_000;

describe('rateLimiter', () => {
  it('holds a reserved place: requests at once cannot all pass before the first is counted', () => {
    const limit = rateLimiter({ max: 2, windowMs: 60 * MINUTE });
    const slots = Array.from({ length: 5 }, () => limit.reserve('10.0.0.1', 0));
    expect(slots.map((s) => s.allowed)).toEqual([true, true, false, false, false]);
    expect(slots[2]).toEqual({ allowed: false, retryAfterS: 60 * 60 });
    // A refused story gives its place back; a stored one is counted, once, however often it is committed.
    const [first, second] = slots as [Extract<(typeof slots)[0], { allowed: true }>, Extract<(typeof slots)[0], { allowed: true }>];
    first.release();
    first.commit();
    expect(limit.check('10.0.0.1', 1).allowed).toBe(true);
    second.commit();
    second.commit();
    second.release();
    expect(limit.check('10.0.0.1', 1).allowed).toBe(true);
    limit.record('10.0.0.1', 1);
    expect(limit.check('10.0.0.1', 2).allowed).toBe(false);
    expect(limit.check('10.0.0.2', 2).allowed).toBe(true);
  });

  it('counts only what is recorded: refused or failed attempts in between use up nothing', () => {
    const limit = rateLimiter({ max: 2, windowMs: 60 * MINUTE });
    for (let i = 0; i < 10; i += 1) expect(limit.check('10.0.0.1', i).allowed).toBe(true);
    limit.record('10.0.0.1', 0);
    limit.record('10.0.0.1', 5 * MINUTE);
    expect(limit.check('10.0.0.1', 6 * MINUTE)).toEqual({ allowed: false, retryAfterS: 54 * 60 });
    expect(limit.check('10.0.0.2', 6 * MINUTE)).toEqual({ allowed: true });
  });
  it('frees one place when the oldest counted event leaves the window (a sliding hour, not a fixed one)', () => {
    const limit = rateLimiter({ max: 2, windowMs: 60 * MINUTE });
    limit.record('a', 0);
    limit.record('a', 30 * MINUTE);
    expect(limit.check('a', 60 * MINUTE - 1).allowed).toBe(false);
    expect(limit.check('a', 60 * MINUTE).allowed).toBe(true);
    limit.record('a', 60 * MINUTE);
    expect(limit.check('a', 61 * MINUTE)).toEqual({ allowed: false, retryAfterS: 29 * 60 });
  });
  it('a reserved place, committed, counts up to the limit, then the next is refused with the seconds to wait', () => {
    const limit = rateLimiter({ max: 2, windowMs: 10 * MINUTE });
    const take = (at: number) => { const slot = limit.reserve('a', at); if (slot.allowed) slot.commit(); return slot; };
    expect(take(0).allowed).toBe(true);
    expect(take(1000).allowed).toBe(true);
    expect(take(2000)).toEqual({ allowed: false, retryAfterS: 598 });
    expect(take(10 * MINUTE + 1).allowed).toBe(true);
  });
});

describe('limitFromSetting', () => {
  it('reads count/seconds and falls back on anything else', () => {
    const fallback = { max: 30, windowMs: 3_600_000 };
    expect(limitFromSetting('5/600', fallback)).toEqual({ max: 5, windowMs: 600_000 });
    expect(limitFromSetting(' 100/60 ', fallback)).toEqual({ max: 100, windowMs: 60_000 });
    expect(limitFromSetting('lots', fallback)).toBe(fallback);
    expect(limitFromSetting(undefined, fallback)).toBe(fallback);
  });
});

describe('networkOf', () => {
  it.each([
    ['2001:db8:0:12:a:b:c:d', '2001:db8:0:12::/64'], ['2001:DB8:0:12::1', '2001:db8:0:12::/64'], ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'], ['fe80::1%eth0', 'fe80:0:0:0::/64'], ['2001:0db8:0000:0012:ffff::', '2001:db8:0:12::/64'], ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['192.0.2.7', '192.0.2.7'], ['unknown', 'unknown'],
  ])('limits %s as %s', (address, network) => expect(networkOf(address)).toBe(network));

  it('counts every address of one IPv6 /64 as one client', () => {
    const limit = rateLimiter({ max: 2, windowMs: MINUTE });
    limit.record('2001:db8:0:12::1', 0);
    limit.record('2001:db8:0:12:ffff:1:2:3', 0);
    expect(limit.check('2001:db8:0:12:9::9', 1).allowed).toBe(false);
    expect(limit.check('2001:db8:0:13::1', 1).allowed).toBe(true);
  });
});
