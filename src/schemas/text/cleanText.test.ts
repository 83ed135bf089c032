import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from './cleanText';

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
  it('keeps the joiner inside an emoji sequence and drops it, and other zero-width characters, anywhere else', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    const coder = '\u{1f469}\u{1f3fd}\u200d\u{1f4bb}';
    const rainbow = '\u{1f3f3}\ufe0f\u200d\u{1f308}';
    expect(cleanText(`${family} ${coder} ${rainbow}`)).toBe(`${family} ${coder} ${rainbow}`);
    expect(cleanText('花\u200d墙 a\u200db \u{1f468}\u200d x\u200b\u200c\u200e\u200f')).toBe('花墙 ab \u{1f468} x');
  });
});

describe('cleanLine', () => {
  it('puts a title on one line: breaks and runs of spaces become one space', () => {
    expect(cleanLine('---\ntitle: pwned\n---')).toBe('--- title: pwned ---');
    expect(cleanLine('  楼下的\r\n\r\n  长椅  ')).toBe('楼下的 长椅');
  });
});
