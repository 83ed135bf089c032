import { bytesToHex } from '@noble/hashes/utils.js';
import type { StampMethod } from './stampProof';

/** Minutes are counted from 2025-01-01 00:00 UTC, so a stamp's time fits in 3 bytes until 2056. */
export const EPOCH_MS = Date.UTC(2025, 0, 1);

/** One stamp: when (minute since `EPOCH_MS`), how, and its proof. */
export type Stamp = { minute: number; method: StampMethod; proof: string };

/**
 * A little master's passport, kept only on their phone. Not a content schema: it never reaches the server,
 * and its one exchange format, the progress code, has its own checked decoder (`progressCode.ts`).
 */
export type Passport = {
  /** 8 hex digits, random, made on the phone; binds the stamps' proofs to this passport. */
  id: string;
  /** Shown on the certificate; optional, never a real name required. */
  nickname: string;
  /** Stamps by check-in point id. */
  stamps: Record<string, Stamp>;
};

/** A new, empty passport with a random id (pass 4 random bytes). */
export function newPassport(random: Uint8Array): Passport {
  return { id: bytesToHex(random.slice(0, 4)), nickname: '', stamps: {} };
}

/** The minute (since `EPOCH_MS`) of a time in milliseconds. */
export function minuteOf(ms: number): number {
  return Math.floor((ms - EPOCH_MS) / 60_000);
}

/** Milliseconds since 1970 for a stamp's minute. */
export function msOfMinute(minute: number): number {
  return EPOCH_MS + minute * 60_000;
}

/** The passport with `stamp` at `pointId`, unless it already has one there: a second check-in keeps the first time. */
export function addStamp(passport: Passport, pointId: string, stamp: Stamp): Passport {
  if (passport.stamps[pointId]) return passport;
  return { ...passport, stamps: { ...passport.stamps, [pointId]: stamp } };
}

/**
 * Two copies of the same passport merged: every stamp of either, the earlier where both have one.
 * Different passports are not merged (`undefined`): their proofs belong to different ids.
 */
export function mergePassports(a: Passport, b: Passport): Passport | undefined {
  if (a.id !== b.id) return undefined;
  const stamps = { ...b.stamps, ...a.stamps };
  for (const [id, s] of Object.entries(b.stamps)) if (a.stamps[id] && s.minute < a.stamps[id]!.minute) stamps[id] = s;
  return { id: a.id, nickname: a.nickname || b.nickname, stamps };
}

/**
 * The next point to walk to: the first one without a stamp after `after` in trail order (wrapping round),
 * or from the start when `after` is not given; `undefined` when all are stamped.
 * @example nextPoint(p, ['a', 'b', 'c'], 'b') === 'c' // when c is not stamped yet
 */
export function nextPoint(passport: Passport, trail: readonly string[], after?: string): string | undefined {
  const start = after === undefined ? 0 : trail.indexOf(after) + 1;
  return [...trail.slice(start), ...trail.slice(0, start)].find((id) => !passport.stamps[id]);
}
