import { describe, expect, it } from 'vitest';
import { trailingAside } from './trailingAside';

describe('trailingAside', () => {
  it.each([
    ['长辈模式（大字）', ['长辈模式', '（大字）']],
    ['長輩模式（大字）', ['長輩模式', '（大字）']],
    ['Elder mode (large text)', ['Elder mode', ' (large text)']],
    ['Large text', ['Large text', '']],
    ['（大字）', ['（大字）', '']], // nothing before the brackets: nothing to keep on screen alone
    ['A (b) c', ['A (b) c', '']], // brackets not at the end
  ])('%s → %j', (label, parts) => {
    expect(trailingAside(label)).toEqual(parts);
    expect(trailingAside(label).join('')).toBe(label);
  });
});
