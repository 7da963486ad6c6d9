/*
 * s3coop dashboard: the page's one live subscription to region-service's stream (/api/v1/events/stream), shared by the
 * live feed (dashboard.js) and the panels (panels.js: investment.js, learning.js). One EventSource per page, not one
 * per panel: a browser opens at most six HTTP/1.1 connections to a host, and every open stream holds one, so three
 * streams per page left a second tab (or a page kept in the back/forward cache) without connections for its fetches.
 * Probed first (a 404 while the endpoint does not exist must not become an EventSource error); opened again 10 s after
 * it closes, probed again 60 s after the probe fails; closed when the page is left (pagehide) and opened again when
 * the page is shown from the back/forward cache. Plain JavaScript, no build step.
 */
(function () {
  'use strict';

  var url = null;
  var source = null;
  var timer = null;
  var shown = true; /* false from pagehide until pageshow: a probe answered meanwhile opens nothing */
  var current = { state: 'connecting', note: '' };
  var listeners = [];
  var watchers = [];

  function announce(state, note) {
    current = { state: state, note: note || '' };
    watchers.forEach(function (w) { w(current.state, current.note); });
  }

  function later(delay) {
    clearTimeout(timer);
    timer = setTimeout(connect, delay);
  }

  function connect() {
    timer = null;
    announce('connecting');
    var abort = new AbortController();
    fetch(url, { headers: { Accept: 'text/event-stream' }, signal: abort.signal, cache: 'no-store' }).then(function (r) {
      var ok = r.ok && (r.headers.get('Content-Type') || '').indexOf('text/event-stream') === 0;
      abort.abort();
      if (!shown) { return; }
      if (!ok) {
        announce('unavailable', 'Live stream unavailable (' + url + ' answered ' + r.status +
          '): the figures refresh every 30 seconds instead.');
        later(60000);
        return;
      }
      open();
    }, function () {
      if (!shown) { return; }
      announce('unavailable', 'Live stream unreachable: the figures refresh every 30 seconds instead.');
      later(60000);
    });
  }

  function open() {
    close();
    source = new EventSource(url);
    source.onopen = function () { announce('live'); };
    listeners.forEach(attach);
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        close();
        announce('unavailable', 'Live stream closed; retrying in 10 seconds.');
        later(10000);
      } else {
        announce('connecting');
      }
    };
  }

  function attach(listener) {
    listener.types.forEach(function (t) { source.addEventListener(t, listener.onEvent); });
  }

  function close() {
    if (source) {
      source.close();
      source = null;
    }
  }

  window.addEventListener('pagehide', function () {
    shown = false;
    clearTimeout(timer);
    timer = null;
    close();
  });
  window.addEventListener('pageshow', function (e) {
    shown = true;
    if (e.persisted && url !== null && !source) { connect(); }
  });

  window.s3coopStream = {
    /** Subscribes the page to regionUrl's stream (the first call does; later calls change nothing). */
    start: function (regionUrl) {
      if (url === null) {
        url = regionUrl + '/api/v1/events/stream';
        connect();
      }
    },
    /** Calls onEvent(message) for each event of the given SSE event names (CloudEvent types; 'message': unnamed). */
    listen: function (types, onEvent) {
      var listener = { types: types, onEvent: onEvent };
      listeners.push(listener);
      if (source) { attach(listener); }
    },
    /** Calls onState(state, note) now and on every change: 'connecting', 'live' or 'unavailable'. */
    watch: function (onState) {
      watchers.push(onState);
      onState(current.state, current.note);
    },
    /** Whether events arrive now (otherwise the panels refresh every 30 s). */
    live: function () {
      return source !== null && source.readyState === EventSource.OPEN;
    }
  };
})();
