/**
 * A coordinate rounded to 6 decimals (≈ 0.1 m), the most RFC 7946 files in `data/` keep.
 * @example round6(120.12345649) === 120.123456; round6(-0.0000004) === -0 (rounds half up, like Math.round)
 */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
