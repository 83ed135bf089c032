// 长辈模式 / elder mode: larger type, higher contrast, bigger taps. Inline in every page's head (BaseLayout), so it runs
// before the first paint with no request of its own, offline too. ES2015 at most: old WebViews must still parse it.
(() => {
  const KEY = 'elder-mode';
  const root = document.documentElement;
  // Scripts run: the switch is shown from the first paint (unhidden later, it would push the header's row aside).
  root.classList.add('js');
  try { if (localStorage.getItem(KEY) === 'on') root.classList.add('elder'); } catch (_off) { /* storage off */ }
  const sync = () => {
    const button = document.querySelector('.elder-toggle');
    if (button) button.setAttribute('aria-pressed', String(root.classList.contains('elder')));
  };
  // The switch works from the first paint too: its taps are heard on the document, not on the button once the page's
  // scripts have run. Its state is told to screen readers once the page is parsed (before those scripts run).
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.elder-toggle')) return;
    const on = root.classList.toggle('elder');
    try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (_off) { /* storage off */ }
    sync();
  });
  if (document.readyState === 'loading') document.addEventListener('readystatechange', sync, { once: true });
  else sync();
})();
