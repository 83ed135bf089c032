/**
 * True when `n` has more than `max` decimals, e.g. `hasMoreDecimals(120.1234567, 6) === true`.
 * RFC 7946 §11.2 recommends 6 decimals for WGS 84 (about 0.1 m), which is plenty for a map of a neighbourhood.
 */
export function hasMoreDecimals(n: number, max: number): boolean {
  const scaled = n * 10 ** max;
  // 1e-4: slack for binary floating point, far below one unit of the last allowed decimal.
  return Math.abs(scaled - Math.round(scaled)) > 1e-4;
}
