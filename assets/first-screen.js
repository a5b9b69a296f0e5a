// Runs in the head, before the first paint. Decides whether a first screen painted at build time
// (by tools/prerender.mjs) is the page the app will open: only for an address it was painted for
// (or no address and nothing stored, in the browser's language). Otherwise nothing is shown until
// the app has opened its page, so no link ever shows another page's figures as its own. Mirrors,
// in small, how the app picks its start (src/ui/app.rs): the link, else the stored scenario, else
// the default plan; the link's language, else the browser's.
(function () {
  var root = document.documentElement;
  var browserLang = /^en([-_]|$)/i.test(navigator.language || '') ? 'en' : 'zh';

  function pick() {
    var metas = document.querySelectorAll('meta[name="hps-first-screen"]');
    if (!metas.length) return null;
    var query = location.search.replace(/^\?/, '');
    if (!query) {
      try {
        query = localStorage.getItem('hps.current.v1') || '';
      } catch (e) {
        return null; // storage refused: the app may still find something; show nothing early
      }
    }
    if (!query) return { lang: browserLang };
    for (var i = 0; i < metas.length; i++) {
      var c = metas[i].getAttribute('content') || '';
      var at = c.indexOf(' ');
      if (at <= 0 || c.slice(at + 1) !== query) continue;
      var lang = c.slice(0, at);
      // An address without `lang=`: that page only in a browser of that language.
      if (metas[i].hasAttribute('data-browser') && lang !== browserLang) continue;
      return { lang: lang, src: metas[i].getAttribute('data-src') };
    }
    return null;
  }

  // Another plan's copy is a file of its own: put in once it arrives, unless the live page is
  // up by then; if it cannot be had, the live page shows as soon as it is built. Resolves once
  // the copy is painted (or will not be): the loader asks for the wasm then, as for a first
  // visit, so the copy does not share a slow link with it.
  function fetchCopy(src) {
    return new Promise(function (settled) {
      var waiting = function () { return root.getAttribute('data-first-screen') === 'fetched'; };
      setTimeout(settled, 2000); // a copy slower than this is not worth holding the page back for
      fetch(src)
        .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(r.status)); })
        .then(function (html) {
          var put = function () {
            if (!waiting()) return settled();
            document.body.insertAdjacentHTML('afterbegin', html);
            requestAnimationFrame(function () { setTimeout(settled, 0); });
          };
          if (document.body) put();
          else document.addEventListener('DOMContentLoaded', put);
        })
        .catch(function () {
          if (waiting()) root.removeAttribute('data-first-screen');
          settled();
        });
    });
  }

  function preloadWasm() {
    var wasm = document.querySelector('meta[name="hps-wasm"]');
    if (!wasm) return;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous';
    link.href = wasm.getAttribute('content');
    document.head.appendChild(link);
  }

  var picked = pick();
  if (!picked) {
    preloadWasm(); // nothing to show early: ask for the wasm now
    return;
  }
  root.setAttribute('lang', picked.lang === 'en' ? 'en' : 'zh-CN');
  if (picked.src) {
    root.setAttribute('data-first-screen', 'fetched');
    window.hpsFirstScreenPainted = fetchCopy(picked.src);
  } else {
    root.setAttribute('data-first-screen', picked.lang);
  }
  // The loader asks for the wasm once the copy is painted.
})();
