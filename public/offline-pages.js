// The offline walk in the visitor's own language. The service worker precaches the community's first language;
// on a page in another language this caches that language's home, trail, passport and check-in pages (listed in
// data-pages) once the worker is ready, into the cache the worker already answers page requests from when offline
// (named in data-cache, from the build's configuration).
(function () {
  var me = document.currentScript;
  var pages = ((me && me.getAttribute('data-pages')) || '').split(' ').filter(Boolean);
  var cacheName = me && me.getAttribute('data-cache');
  if (!pages.length || !cacheName || !('serviceWorker' in navigator) || !('caches' in window)) return;
  navigator.serviceWorker.ready.then(function () {
    return caches.open(cacheName).then(function (cache) {
      return Promise.all(pages.map(function (url) {
        return cache.match(url).then(function (hit) { return hit || cache.add(url); });
      }));
    });
  }).catch(function () { /* offline now, or storage full: the pages are cached as they are visited instead */ });
})();
