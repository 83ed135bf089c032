/**
 * A code as typed or scanned (a check-in point's QR code or a progress code), in canonical Crockford base-32
 * form: upper case, look-alike letters mapped (O → 0, I and L → 1), no spaces or dashes.
 * @example normaliseCode(' abcd-efgh oil ') === 'ABCDEFGH011'
 */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
