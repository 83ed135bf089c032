/** Checks `check` every second until it is true (gives `true`) or `timeoutMs` passes (gives `false`). */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 240_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}
