// 长辈模式 / elder mode: larger type, higher contrast, bigger tap targets, simpler map, longer timeouts.
// Runs before the page paints (no flash), remembers the choice on this device, and shows the toggle.
(function () {
  var KEY = 'elder-mode';
  var root = document.documentElement;
  try { if (localStorage.getItem(KEY) === 'on') root.classList.add('elder'); } catch (e) { /* storage off */ }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.elder-toggle');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', String(root.classList.contains('elder'))); };
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var on = root.classList.toggle('elder');
      try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch (e) { /* storage off */ }
      sync();
    });
  });
})();
