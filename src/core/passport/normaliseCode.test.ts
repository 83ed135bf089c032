import { describe, expect, it } from 'vitest';
import { normaliseCode } from './normaliseCode';

describe('normaliseCode (check-in codes and progress codes alike)', () => {
  it('upper-cases, maps O to 0 and I, L to 1, and drops dashes and any white space, line breaks included', () => {
    expect(normaliseCode(' abcd-efgh\n\toil ')).toBe('ABCDEFGH011');
  });
  it('leaves a canonical code as it is, and an empty one empty', () => {
    expect(normaliseCode('7Z0Q1')).toBe('7Z0Q1');
    expect(normaliseCode(' - ')).toBe('');
  });
});
