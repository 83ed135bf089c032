import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './hasVisibleText';

/** A title or story as sent → whether a reader would see any letter or digit in it. */
const TABLE: [string, string, boolean][] = [
  ['Chinese', '三楼奶奶的花', true],
  ['a number', '22', true],
  ['English with spaces', ' A bench ', true],
  ['Hangul fillers only (U+3164, U+115F, U+1160, U+FFA0)', '\u3164\u3164\u115f\u1160\uffa0', false],
  ['braille blanks only (U+2800)', '\u2800\u2800\u2800', false],
  ['right-to-left marks only (U+200F)', '\u200f\u200f', false],
  ['bidi overrides, zero-widths and spaces', '\u202e \u200b\u2060\u3000\ufeff\u00a0', false],
  ['combining marks with nothing to sit on', '\u0301\u0301', false],
  ['punctuation and emoji only', '!!! 🌸', false],
  ['fillers around a word', '\u3164花\u3164', true],
];

describe('hasVisibleText', () => {
  it.each(TABLE)('%s', (_, text, visible) => {
    expect(hasVisibleText(text)).toBe(visible);
  });
});
