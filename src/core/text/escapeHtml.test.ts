import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('neutralises markup and attribute breakouts in names drawn into map pins, SVG maps and posters', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
    expect(escapeHtml("a & b's")).toBe('a &#38; b&#39;s');
    expect(escapeHtml('爱宠部落')).toBe('爱宠部落');
  });
});
