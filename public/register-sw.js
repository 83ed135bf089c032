(function (me, sw, P) {
  var url = me && me.getAttribute('data-sw'), mark = me && me.getAttribute('data-after'), done;
  var marked = function () { return performance.getEntriesByName(mark).length > 0; };
  if (!url || !sw) return;
  var go = function () { if (!done) { done = 1; sw.register(url, { scope: '/' }).catch(function () {}); } };
  var idle = function () { window.requestIdleCallback ? requestIdleCallback(go, { timeout: 3000 }) : setTimeout(go, 200); };
  if (!mark || !P) return addEventListener('load', idle);
  if (marked()) return idle();
  var o = new P(function () { if (marked()) { o.disconnect(); idle(); } });
  o.observe({ type: 'mark' });
  addEventListener('load', function () { setTimeout(go, 10000); });
})(document.currentScript, navigator.serviceWorker, window.PerformanceObserver);
