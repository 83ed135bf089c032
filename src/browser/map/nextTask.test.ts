import { describe, expect, it } from 'vitest';
import { nextTask, taskByTask } from './nextTask';

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

describe('taskByTask', () => {
  it('runs each step in a task of its own, in order', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => taskByTask([
      () => { order.push('a'); void Promise.resolve().then(() => order.push('after a')); },
      () => { order.push('b'); void Promise.resolve().then(() => order.push('after b')); },
      () => { order.push('c'); resolve(); },
    ]));
    order.push('now');
    await done;
    expect(order).toEqual(['now', 'a', 'after a', 'b', 'after b', 'c']);
  });

  it('stops at the step it is cancelled before', async () => {
    const order: string[] = [];
    let cancel = () => {};
    cancel = taskByTask([() => order.push('a'), () => { order.push('b'); cancel(); }, () => order.push('c')]);
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['a', 'b']);
  });
});
