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
 * Runs `steps` one after another, each in a task of its own (`nextTask`), the first one too. Returns a function that
 * cancels the steps not yet run.
 */
export function taskByTask(steps: readonly (() => void)[]): () => void {
  let cancelled = false;
  const run = (i: number) => {
    if (i < steps.length) nextTask(() => { if (cancelled) return; steps[i]!(); run(i + 1); });
  };
  run(0);
  return () => { cancelled = true; };
}
