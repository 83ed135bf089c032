import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['dog', '', 3],
    ['dog', 'dog', 0],
    ['dgo', 'dog', 2],
    ['benhc', 'bench', 2],
    ['celebrty', 'celebrity', 1],
    ['网虹楼道', '网红楼道', 1],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
