import { shareLink } from './shareLink';

/**
 * The share buttons of server-rendered pages (`src/components/ShareButton.astro`): each shares its
 * `data-url` (relative to the page), shows "link copied" in its status line, or shows the link selected
 * when the clipboard is refused. The buttons stay hidden without JavaScript.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const button = box.querySelector('button')!;
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  const field = box.querySelector('input')!;
  const url = new URL(box.dataset.url ?? '', location.href).href;
  field.value = url;
  button.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = '';
    const outcome = await shareLink({ title: box.dataset.title ?? document.title, text: box.dataset.text ?? '', url });
    if (outcome === 'copied') status.textContent = box.dataset.copied ?? '';
    if (outcome === 'select') {
      status.textContent = box.dataset.select ?? '';
      field.hidden = false;
      field.focus();
      field.select();
    }
  });
}
