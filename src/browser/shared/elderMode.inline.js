// 长辈模式 / elder mode (larger type, higher contrast, bigger taps). Written into every page's head by BaseLayout, so it
// runs before the first paint without a request of its own (offline too); remembers the choice; shows the toggle.
(() => {
  const KEY = 'elder-mode';
  const root = document.documentElement;
  try { if (localStorage.getItem(KEY) === 'on') root.classList.add('elder'); } catch { /* storage off */ }
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.elder-toggle');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains('elder')));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      const on = root.classList.toggle('elder');
      try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch { /* storage off */ }
      sync();
    });
  });
})();
