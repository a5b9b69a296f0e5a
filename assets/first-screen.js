// Runs in the head, before the first paint. Decides whether the first screen painted at build
// time (by tools/prerender.mjs) is the page the app will open: only for the same address, or no
// address and nothing stored, in the same language. Otherwise nothing is shown until the app has
// opened its page, so no link ever shows the default page's figures as its own. Mirrors, in small,
// how the app picks its start (src/ui/app.rs): the link, else the stored scenario, else the
// default plan in the browser's language.
(function () {
  var root = document.documentElement;

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
    if (!query) return /^en([-_]|$)/i.test(navigator.language || '') ? 'en' : 'zh';
    for (var i = 0; i < metas.length; i++) {
      var c = metas[i].getAttribute('content') || '';
      var at = c.indexOf(' ');
      if (at > 0 && c.slice(at + 1) === query) return c.slice(0, at);
    }
    return null;
  }

  var lang = pick();
  if (lang) {
    root.setAttribute('data-first-screen', lang);
    root.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    return; // the loader asks for the wasm once this is painted
  }
  // Nothing to show early: ask for the wasm now.
  var wasm = document.querySelector('meta[name="hps-wasm"]');
  if (wasm) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.type = 'application/wasm';
    link.crossOrigin = 'anonymous';
    link.href = wasm.getAttribute('content');
    document.head.appendChild(link);
  }
})();
