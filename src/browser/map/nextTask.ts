/**
 * Runs `next` in a task of its own, so the work before it ends a short task and the browser can paint and answer a
 * tap in between (long tasks are what Lighthouse's Total Blocking Time counts): `scheduler.yield()` where the
 * browser has it (Chromium 129+: the continuation goes ahead of other queued tasks), else a `MessageChannel`
 * message (no 4 ms timer clamp, unlike `setTimeout`). Returns a function that cancels it.
 */
export function nextTask(next: () => void): () => void {
  let cancelled = false;
  const run = () => { if (!cancelled) next(); };
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') void scheduler.yield().then(run);
  else {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); run(); };
    channel.port2.postMessage(null);
  }
  return () => { cancelled = true; };
}

/**
 * How long one short task may run before what is left waits for the next (a phone answers a tap in between): a
 * task counts as long from 50 ms, and a phone is some 4× slower than the computer a page is often tested on
 * (Lighthouse's mobile run simulates that slowdown on the tasks it saw run at full speed).
 */
export const SHORT_TASK_MS = 10;

/**
 * Runs `steps` in order, as many in one task as fit in `budgetMs` (a step that starts within the budget runs whole),
 * the rest in later tasks (`nextTask`), the first one too: a fast computer does it all in one task, a slow phone
 * in a few short ones. A step may add steps to the end of `steps` as it runs. Returns a function that cancels the steps
 * not yet run.
 */
export function inSlices(steps: readonly (() => void)[], budgetMs: number, now: () => number = () => performance.now()): () => void {
  let cancelled = false;
  let i = 0;
  const slice = () => {
    if (cancelled) return;
    const start = now();
    while (i < steps.length && !cancelled) {
      steps[i]!();
      i += 1;
      if (now() - start >= budgetMs) break;
    }
    if (i < steps.length && !cancelled) nextTask(slice);
  };
  nextTask(slice);
  return () => { cancelled = true; };
}
