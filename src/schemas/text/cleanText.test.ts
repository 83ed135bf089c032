import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';

describe('cleanText', () => {
  it('normalises to NFC, keeps paragraphs, drops controls and bidi overrides', () => {
    expect(cleanText('e\u0301')).toBe('é');
    expect(cleanText('  a\r\n\r\n\r\n\r\nb\u0007 ')).toBe('a\n\nb');
    expect(cleanText('花\u202e墙')).toBe('花墙');
  });
  it('removes non-characters and lone surrogate halves, which no font shows and UTF-8 cannot store', () => {
    expect(cleanText('花\ufffe墙\uffff')).toBe('花墙');
    expect(cleanText('\ufdd0\ufdef月季\u{1fffe}\u{10ffff}')).toBe('月季');
    expect(cleanText('a\ud800b\udc00c')).toBe('abc');
  });
  it('keeps real astral characters, whose surrogate halves come in pairs', () => {
    expect(cleanText('𠀀 🌸')).toBe('𠀀 🌸');
  });
});
