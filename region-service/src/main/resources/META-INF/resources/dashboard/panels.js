/*
 * s3coop dashboard: what the panels drawn after the first figures share (learning.js, investment.js) — markup, one
 * refresh at a time, their charts
 * (Apache ECharts; no animation with ?static, for tests and screenshots) and how they stay live: listening to their
 * event types on the page's one stream (stream.js); while the stream is away a panel refreshes every 30 seconds
 * instead. Plain JavaScript, no build step.
 */
(function () {
  'use strict';

  var STATIC = new URLSearchParams(window.location.search).has('static');

  /** A chart cache: chart(id) is the ECharts instance drawn into the element of that id (made on first use). */
  function charts() {
    var made = {};
    var chart = function (id) {
      if (!made[id]) {
        var c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
        if (STATIC) {
          var set = c.setOption.bind(c);
          c.setOption = function (option, notMerge) { option.animation = false; return set(option, notMerge); };
        }
        made[id] = c;
      }
      return made[id];
    };
    window.addEventListener('resize', function () {
      Object.keys(made).forEach(function (k) { made[k].resize(); });
    });
    return chart;
  }

  /**
   * Keeps a panel live on the page's one stream (stream.js): calls refresh() on every event of eventTypes (SSE event
   * names are CloudEvent types), every 30 s while the stream is away. The panel's root element gets data-stream
   * (live, connecting) and data-last-event (the latest event's type).
   */
  function live(root, regionUrl, eventTypes, refresh) {
    var stream = window.s3coopStream;
    stream.listen(eventTypes, function (message) {
      root.setAttribute('data-last-event', message.type || '');
      refresh();
    });
    stream.watch(function (state) {
      root.setAttribute('data-stream', state === 'live' ? 'live' : 'connecting');
    });
    stream.start(regionUrl);
    setInterval(function () {
      if (!stream.live()) { refresh(); }
    }, 30000);
  }

  /** An element with attributes and text. */
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  /**
   * A panel's refresh, one at a time: load() returns a promise; refresh() runs it now (or once more after the
   * running one), schedule() 400 ms after the last call (events come in bursts). Each load counts in the root's
   * data-refresh-count and sets data-loaded.
   */
  function refresher(root, load) {
    var timer = null;
    var busy = false;
    var again = false;
    var count = 0;
    function refresh() {
      if (busy) { again = true; return; }
      busy = true;
      Promise.resolve().then(load).finally(function () {
        count += 1;
        root.setAttribute('data-refresh-count', String(count));
        root.setAttribute('data-loaded', 'true');
        busy = false;
        if (again) { again = false; schedule(); }
      });
    }
    function schedule() {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () { timer = null; refresh(); }, 400);
    }
    return { refresh: refresh, schedule: schedule };
  }

  window.s3coopPanels = { charts: charts, live: live, el: el, refresher: refresher };
})();
