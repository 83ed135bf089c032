import { describe, expect, it } from 'vitest';
import { countLinks } from './countLinks';

/** Text a resident might write → how many links the 2-link limit sees in it. */
const TABLE: [string, number][] = [
  ['楼下的小花坛是邻居们一起种的，春天开满了月季。', 0],
  ['花坛有 3.5 米长，早上 9.30 浇水，下午 5.45 再浇一次。', 0],
  ['Neighbours meet here, e.g. on Sundays, i.e. most weeks; it is 1.5km from the U.S. consulate, etc.', 0],
  ['Mr.Li waters the plants.Then he sits down. v2.0 of the bench is 0.5mm wider. No.3 楼', 0],
  ['详见 https://example.com/flowers', 1],
  ['看看http://a.cn然后再说', 1],
  ['https://www.example.com/a?b=c', 1],
  ['www.example.cn', 1],
  ['联系我 name@host.cn 了解更多', 1],
  ['访问example.com了解', 1],
  ['shop.example.cn/x 有卖花', 1],
  ['EXAMPLE.CN', 1],
  ['ftp://files.example.org/a', 1],
  ['服务器在 192.168.1.1。', 1],
  ['https://a.example,https://b.example', 2],
  ['https://a.example https://b.example www.c.example', 3],
  ['a.example.com b.example.net c.example.org', 3],
  ['买花找 li@flowers.cn 或 flowers.cn/shop 或 https://flowers.cn', 3],
];

describe('countLinks', () => {
  it.each(TABLE)('%s → %i', (text, links) => {
    expect(countLinks(text)).toBe(links);
  });
  it('reads a long text without spaces in one pass, as a hostile sender might send it', () => {
    // Before each pattern was anchored, 200 000 letters with no "@" took minutes (quadratic backtracking).
    expect(countLinks('长'.repeat(200_000))).toBe(0);
    expect(countLinks('a'.repeat(200_000))).toBe(0);
    expect(countLinks('a.'.repeat(100_000))).toBe(0);
    expect(countLinks('a-'.repeat(100_000))).toBe(0);
    expect(countLinks('1.'.repeat(100_000))).toBe(0);
    expect(countLinks(`${'长'.repeat(10_000)}li@host.cn`)).toBe(1);
  });
});
