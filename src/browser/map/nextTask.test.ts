import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

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
