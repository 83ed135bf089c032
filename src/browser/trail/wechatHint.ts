import type { PassportStore } from './passportStore';
import type { PassportText } from './passportTextKeys';

/**
 * Inside WeChat (whose browser keeps its own storage), shows the hint in the right order: copy the progress
 * link first, then open the page in the phone's browser, and open the link there. Copying falls back to showing
 * the link, selected, for a long press.
 */
export function showWechatHint(root: HTMLElement, store: PassportStore, text: PassportText) {
  const hint = root.querySelector<HTMLElement>('.wechat-hint');
  if (!hint || !/MicroMessenger/i.test(navigator.userAgent)) return;
  hint.hidden = false;
  const status = hint.querySelector<HTMLElement>('.wechat-status')!;
  const shown = hint.querySelector<HTMLElement>('.wechat-link')!;
  hint.querySelector('.wechat-copy')!.addEventListener('click', async () => {
    const link = store.link();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = text['trail.linkCopied'];
    } catch {
      status.textContent = text['trail.linkShown'];
      shown.textContent = link;
      shown.hidden = false;
      getSelection()?.selectAllChildren(shown);
    }
  });
}
