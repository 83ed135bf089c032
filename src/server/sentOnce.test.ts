import { describe, expect, it } from 'vitest';
import { sentOnce } from './sentOnce';

type Answer = { ok: boolean; n: number };

describe('sentOnce', () => {
  it('gives a second sending of the same thing, at once or soon after, the first one’s answer', async () => {
    const once = sentOnce<Answer>({ ttlMs: 1000, max: 10 });
    let taken = 0;
    const take = () => new Promise<Answer>((resolve) => setTimeout(() => resolve({ ok: true, n: ++taken }), 5));
    const [a, b] = await Promise.all([once('form-1', 0, take), once('form-1', 1, take)]);
    expect([a.n, b.n, taken]).toEqual([1, 1, 1]);
    expect((await once('form-1', 500, take)).n).toBe(1);
    // Something else, or the same thing long after, is taken in again.
    expect((await once('form-2', 600, take)).n).toBe(2);
    expect((await once('form-1', 2000, take)).n).toBe(3);
  });

  it('remembers no refusal: sent again, it is looked at again', async () => {
    const once = sentOnce<Answer>({ ttlMs: 1000, max: 10 });
    let tries = 0;
    const take = async () => ({ ok: ++tries > 1, n: tries });
    expect(await once('form-1', 0, take)).toEqual({ ok: false, n: 1 });
    expect(await once('form-1', 1, take)).toEqual({ ok: true, n: 2 });
  });

  it('sendings that waited on a refused first are looked at again once, not once each', async () => {
    const once = sentOnce<Answer>({ ttlMs: 1000, max: 10 });
    let tries = 0;
    const take = () => new Promise<Answer>((resolve) => setTimeout(() => resolve({ ok: ++tries > 1, n: tries }), 5));
    const answers = await Promise.all([once('form-1', 0, take), once('form-1', 1, take), once('form-1', 2, take)]);
    expect(answers.map((a) => a.n)).toEqual([1, 2, 2]);
    expect(tries).toBe(2);
  });

  it('keeps at most `max` keys, forgetting the oldest', async () => {
    const once = sentOnce<Answer>({ ttlMs: 60_000, max: 2 });
    let taken = 0;
    const take = async () => ({ ok: true, n: ++taken });
    for (const key of ['a', 'b', 'c']) await once(key, 0, take);
    expect((await once('c', 1, take)).n).toBe(3);
    expect((await once('a', 1, take)).n).toBe(4);
  });
});
