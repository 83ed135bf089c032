/** What became of a share: handed to the phone's share sheet, copied, left for the visitor to copy, or cancelled. */
export type ShareOutcome = 'shared' | 'copied' | 'select' | 'cancelled';

/**
 * Shares a link the best way this browser can: the system share sheet (Web Share API) where there is one,
 * otherwise the clipboard; when the clipboard is refused too (an insecure origin, a denied permission) the
 * caller shows the link selected for the visitor to copy.
 */
export async function shareLink(data: { title: string; text: string; url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (e) {
      // The visitor closed the sheet: nothing more to do. Any other refusal falls through to copying.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'select';
  }
}
