// Host-page helper for the health-plan simulator embedded in an <iframe>: fits each iframe to the
// height the simulator reports, so the host page scrolls instead of the frame. Include it with
// <script src="…/embed.js" defer></script>; without it the iframe keeps its height and scrolls.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'health-plan-sim:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].setAttribute('height', String(Math.ceil(data.height)));
      }
    }
  });
})();
