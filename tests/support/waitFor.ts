/**
 * Checks `check` every second until it is true (gives `true`) or `timeoutMs` passes (gives `false`). A check
 * that throws (a connection reset while a busy machine rebuilds the site) counts as "not yet"; if the time runs
 * out, the last error is logged so a server that really died is seen.
 */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 240_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      if (await check()) return true;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (lastError) console.error('waitFor gave up; last error:', lastError);
  return false;
}
