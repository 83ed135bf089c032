// The offline walk in the visitor's own language. The service worker precaches the community's first language;
// on a page in another language this caches that language's home, trail, passport and check-in pages (listed in
// data-pages) once the worker is ready, into the cache the worker already answers page requests from when offline.
(function () {
  var me = document.currentScript;
  var pages = ((me && me.getAttribute('data-pages')) || '').split(' ').filter(Boolean);
  if (!pages.length || !('serviceWorker' in navigator) || !('caches' in window)) return;
  navigator.serviceWorker.ready.then(function () {
    return caches.open('pages').then(function (cache) {
      return Promise.all(pages.map(function (url) {
        return cache.match(url).then(function (hit) { return hit || cache.add(url); });
      }));
    });
  }).catch(function () { /* offline now, or storage full: the pages are cached as they are visited instead */ });
})();
