// 长辈模式 / elder mode: larger type, higher contrast, bigger taps. Inline in every page's head (BaseLayout), so it runs
// before the first paint with no request of its own, offline too. ES2015 at most: old WebViews must still parse it.
(() => {
  const KEY = 'elder-mode';
  const root = document.documentElement;
  // Scripts run: the switch is shown from the first paint (unhidden later, it would push the header's row aside).
  root.classList.add('js');
  try { if (localStorage.getItem(KEY) === 'on') root.classList.add('elder'); } catch (_off) { /* storage off */ }
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.elder-toggle');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(root.classList.contains('elder')));
    sync();
    button.addEventListener('click', () => {
      const on = root.classList.toggle('elder');
      try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (_off) { /* storage off */ }
      sync();
    });
  });
})();
