import { describe, expect, it } from 'vitest';
import { chinaTime } from './chinaTime';

describe('chinaTime', () => {
  it('shows a UTC moment as the clock on a Changzhou wall, with its +08:00 offset, in each language', () => {
    const en = chinaTime('2026-11-29T14:37:45.123Z', 'en');
    expect(en.datetime).toBe('2026-11-29T22:37:45+08:00');
    expect(en.text).toMatch(/Nov 29, 2026.*22:37:45 GMT\+08:00/);
    expect(chinaTime('2026-11-29T14:37:45.123Z', 'zh-CN').text).toMatch(/2026年11月29日.*22:37:45 GMT\+08:00/);
  });
  it('moves to the next day in China before midnight UTC', () => {
    expect(chinaTime('2026-12-31T16:00:00Z', 'en').datetime).toBe('2027-01-01T00:00:00+08:00');
  });
});
