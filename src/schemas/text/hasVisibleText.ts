// Characters that show nothing: default-ignorable code points (zero-width, bidi marks, variation selectors,
// the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 — which are also "letters"), U+2800 BRAILLE PATTERN
// BLANK, and every kind of space.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u115f\u1160\u3164\uffa0\u2800\p{White_Space}\p{Cc}\p{Cf}]/gu;

/**
 * Whether a text shows at least one letter or digit once everything invisible is taken out — so a title of
 * only U+3164 HANGUL FILLER, U+2800 BRAILLE BLANK or right-to-left marks counts as empty.
 * @example hasVisibleText('\u3164\u3164') === false; hasVisibleText('22 号楼') === true
 */
export function hasVisibleText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(INVISIBLE, ''));
}
