import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerptOf';

describe('a story’s excerpt on the map and in lists: its first sentence', () => {
  it('ends at the first sentence, in Chinese and in English', () => {
    expect(excerptOf('楼道里画了一只大熊猫。孩子们每天都来看。')).toBe('楼道里画了一只大熊猫。');
    expect(excerptOf('A panda on the stairs! Children come every day.')).toBe('A panda on the stairs!');
  });

  it('keeps a closing quote with its sentence, and a quotation with its speaker when no space parts them', () => {
    expect(excerptOf('“快来看！”她说。然后跑了。')).toBe('“快来看！”她说。');
    expect(excerptOf('He said “Look!” Then he left.')).toBe('He said “Look!”');
  });

  it('does not end at a point or mark inside a number, an address or markup a resident typed', () => {
    expect(excerptOf('画高3.5米，在 example.com 上也有。下一句')).toBe('画高3.5米，在 example.com 上也有。');
    expect(excerptOf('<!-- c --> 这是原话。下一句')).toBe('<!-- c --> 这是原话。');
  });

  it('reads only the first line, and cuts a long sentence at 150 characters', () => {
    expect(excerptOf('第一行没有句号\n第二行。')).toBe('第一行没有句号');
    expect(excerptOf('长'.repeat(200))).toBe(`${'长'.repeat(150)}…`);
  });
});
