import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactScript } from './compactScript';

describe('an inline script as every page carries it', () => {
  const source = readFileSync('src/browser/shared/elderMode.inline.js', 'utf8');
  const compact = compactScript(source);

  it('leaves out the elder-mode script’s comments and indentation: under 60% of its bytes', () => {
    expect(compact).not.toMatch(/^\s*\/\//m);
    expect(compact).not.toMatch(/^[ \t]/m);
    expect(Buffer.byteLength(compact)).toBeLessThan(Buffer.byteLength(source) * 0.6);
  });

  it('is still the same script: it parses, and its code lines are the source’s', () => {
    expect(() => new Function(compact)).not.toThrow();
    const code = (s: string) => s.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
    expect(code(compact)).toEqual(code(source));
  });

  it('keeps a // inside a line (a URL, a comment after code)', () => {
    expect(compactScript("  fetch('https://x.invalid/a'); // why\n")).toBe("fetch('https://x.invalid/a'); // why\n");
  });
});
