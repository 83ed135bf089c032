import { describe, expect, it } from 'vitest';
import { inSlices, nextTask } from './nextTask';

describe('nextTask', () => {
  it('runs the work in a later task: after the current one and its promise callbacks', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => nextTask(() => { order.push('next task'); resolve(); }));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('this task');
    await done;
    expect(order).toEqual(['this task', 'microtask', 'next task']);
  });

  it('does not run cancelled work', async () => {
    let ran = false;
    nextTask(() => { ran = true; })();
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toBe(false);
  });
});

describe('inSlices', () => {
  it('runs steps together while they fit in the budget, and the rest in a later task', async () => {
    let clock = 0;
    const order: string[] = [];
    const step = (name: string, ms: number) => () => { order.push(name); clock += ms; void Promise.resolve().then(() => order.push(`after ${name}`)); };
    const done = new Promise<void>((resolve) => inSlices([step('a', 5), step('b', 10), step('c', 1), () => { order.push('d'); resolve(); }], 12, () => clock));
    order.push('now');
    await done;
    // a and b fit in one task (15 ms: b started within the budget); c and d, started afresh, in the next.
    expect(order).toEqual(['now', 'a', 'b', 'after a', 'after b', 'c', 'd', 'after c']);
  });

  it('stops at the step it is cancelled before', async () => {
    const order: string[] = [];
    let cancel = () => {};
    cancel = inSlices([() => order.push('a'), () => { order.push('b'); cancel(); }, () => order.push('c')], 1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['a', 'b']);
  });
});
