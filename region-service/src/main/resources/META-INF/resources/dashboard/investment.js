/*
 * s3coop dashboard: from pilot to investment (partnership-service, issue 15) — the funnel (partnerships per stage, per
 * programme), the investment mobilised by instrument (EUR requested and granted), projects by status and the
 * monitoring reports overdue; all from GET /api/v1/portfolio. Drawn into <section id="investment"> with Apache
 * ECharts once the dashboard's own figures are in (its first 's3coop:regions' event, as map.js waits for it), so the
 * first paint costs nothing more; kept live by its own EventSource on region-service's stream (filtered to
 * partnership-service's events: partnerships, projects, reports). Plain JavaScript, no build step.
 */
(function () {
  'use strict';

  var root = document.getElementById('investment');
  if (!root) { return; }
  var STAGES = ['SCOPING', 'MAPPING', 'PILOT', 'SCALE_UP'];
  var PROJECT_STATUSES = ['IDEA', 'PREPARING', 'SUBMITTED', 'FUNDED', 'RUNNING', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];
  /* SSE event names are CloudEvent types: an EventSource needs a listener per name (docs/asyncapi.yaml lists them). */
  var EVENT_TYPES = ['proposed', 'member-joined', 'member-left', 'stage-advanced', 'stage-reverted', 'put-on-hold',
    'resumed', 'closed', 'project-recorded', 'project-updated', 'project-status-changed', 'report-updated',
    'report-submitted'].map(function (t) { return 'org.s3coop.partnership.' + t + '.v1'; });
  var STREAM_TYPES = 'org.s3coop.partnership.*';
  var STATIC = new URLSearchParams(window.location.search).has('static');

  var config = { partnershipUrl: '', regionUrl: '' };
  var charts = {};
  var started = false;
  var timer = null;
  var busy = false;
  var again = false;
  var refreshes = 0;
  var source = null;

  // ------------------------------------------------------------------ markup
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }
  function $(id) { return document.getElementById(id); }
  function text(id, value) { $(id).textContent = value; }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : 0; }
  function eur(v) { return Math.round(num(v)).toLocaleString('en-GB'); }

  function card(title, note, span) {
    var a = el('article', { 'class': 'card' + (span ? ' span-2' : '') });
    var h = el('h2', null, title + ' ');
    h.appendChild(el('small', null, note));
    a.appendChild(h);
    root.appendChild(a);
    return a;
  }

  function build() {
    var funnel = card('Funnel by programme', 'partnerships per stage, every status', true);
    funnel.appendChild(el('div', { 'class': 'chart', id: 'chart-invest-funnel', role: 'img',
      'aria-label': 'Partnerships per stage, per programme' }));
    var table = el('table', { 'class': 'mini', 'aria-label': 'Partnerships per programme and stage' });
    var head = el('tr');
    head.appendChild(el('th', null, 'programme'));
    STAGES.forEach(function (s) { head.appendChild(el('th', null, s)); });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    table.appendChild(el('tbody', { id: 'invest-funnel-body', 'data-testid': 'invest-funnel' }));
    funnel.appendChild(table);

    var money = card('Investment mobilised', 'EUR by instrument: requested (submitted) and granted (funded)', true);
    var totals = el('p', { 'class': 'muted small' }, 'Requested ');
    totals.appendChild(el('b', { id: 'invest-requested', 'data-testid': 'invest-requested' }, '–'));
    totals.appendChild(document.createTextNode(' EUR · granted '));
    totals.appendChild(el('b', { id: 'invest-granted', 'data-testid': 'invest-granted' }, '–'));
    totals.appendChild(document.createTextNode(' EUR'));
    money.appendChild(totals);
    money.appendChild(el('div', { 'class': 'chart', id: 'chart-invest-money', role: 'img',
      'aria-label': 'EUR requested and granted by instrument' }));

    var projects = card('Investment projects', 'by status', false);
    var pt = el('table', { 'class': 'mini', 'aria-label': 'Investment projects by status' });
    var pb = el('tbody');
    PROJECT_STATUSES.forEach(function (s) {
      var row = el('tr');
      row.appendChild(el('th', null, s.toLowerCase()));
      row.appendChild(el('td', { 'data-testid': 'projects-' + s }, '–'));
      pb.appendChild(row);
    });
    pt.appendChild(pb);
    projects.appendChild(pt);

    var overdue = card('Monitoring reports', 'overdue for the last closed half-year', false);
    overdue.appendChild(el('p', { 'class': 'kpi-value', id: 'invest-overdue', 'data-testid': 'overdue-reports' }, '–'));
    overdue.appendChild(el('p', { 'class': 'muted small', id: 'invest-period', 'data-testid': 'last-closed-period' }));

    root.appendChild(el('p', { 'class': 'errors span-2', id: 'invest-errors', 'data-testid': 'invest-errors', hidden: '' }));
  }

  function chart(id) {
    if (!charts[id]) {
      var c = echarts.init($(id), null, { renderer: 'canvas' });
      if (STATIC) {
        var set = c.setOption.bind(c);
        c.setOption = function (option, notMerge) { option.animation = false; return set(option, notMerge); };
      }
      charts[id] = c;
    }
    return charts[id];
  }

  // ------------------------------------------------------------------ rendering
  function render(p) {
    var funnel = p.funnel || {};
    var programmes = Object.keys(funnel).sort();
    var body = $('invest-funnel-body');
    body.textContent = '';
    programmes.forEach(function (g) {
      var row = el('tr', { 'data-programme': g });
      row.appendChild(el('th', null, g.replace(/_/g, ' ').toLowerCase()));
      STAGES.forEach(function (s) { row.appendChild(el('td', { 'data-testid': 'funnel-' + g + '-' + s }, String(num(funnel[g][s])))); });
      body.appendChild(row);
    });
    chart('chart-invest-funnel').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, textStyle: { fontSize: 10 } },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: STAGES },
      yAxis: { type: 'value', minInterval: 1 },
      series: programmes.map(function (g) {
        return { type: 'bar', stack: 'funnel', name: g.replace(/_/g, ' ').toLowerCase(),
          data: STAGES.map(function (s) { return num(funnel[g][s]); }) };
      })
    }, true);

    var mobilised = p.mobilised || {};
    text('invest-requested', eur(mobilised.requestedEur));
    text('invest-granted', eur(mobilised.grantedEur));
    var by = p.mobilisedByInstrument || {};
    var instruments = Object.keys(by).sort();
    chart('chart-invest-money').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return eur(v) + ' EUR'; } },
      legend: { bottom: 0, textStyle: { fontSize: 10 } },
      grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return v >= 1e6 ? (v / 1e6) + ' M' : v; } } },
      yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 10 }, data: instruments },
      series: [
        { type: 'bar', name: 'requested', itemStyle: { color: '#8fb8ed' },
          data: instruments.map(function (i) { return num(by[i].requestedEur); }) },
        { type: 'bar', name: 'granted', itemStyle: { color: '#1e8e3e' },
          data: instruments.map(function (i) { return num(by[i].grantedEur); }) }
      ]
    }, true);

    var statuses = p.projectsByStatus || {};
    PROJECT_STATUSES.forEach(function (s) {
      document.querySelector('[data-testid="projects-' + s + '"]').textContent = String(num(statuses[s]));
    });
    text('invest-overdue', String(num(p.overdueReports)));
    text('invest-period', p.lastClosedPeriod ? 'no report submitted for ' + p.lastClosedPeriod : '');
  }

  // ------------------------------------------------------------------ refresh
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var url = config.partnershipUrl + '/api/v1/portfolio';
    fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    }).then(function (p) {
      render(p);
      $('invest-errors').hidden = true;
    }, function (e) {
      var errors = $('invest-errors');
      errors.hidden = false;
      errors.textContent = 'Could not load: portfolio: ' + e.message;
    }).finally(function () {
      refreshes += 1;
      root.setAttribute('data-refresh-count', String(refreshes));
      root.setAttribute('data-loaded', 'true');
      busy = false;
      if (again) { again = false; schedule(); }
    });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { timer = null; refresh(); }, 400);
  }

  // ------------------------------------------------------------------ live: partnership-service's events
  function onEvent(message) {
    root.setAttribute('data-last-event', message.type || '');
    schedule();
  }

  /* Probe first (the stream may be away: then the panel refreshes every 30 seconds), then subscribe. */
  function connect() {
    var url = config.regionUrl + '/api/v1/events/stream?types=' + encodeURIComponent(STREAM_TYPES);
    var abort = new AbortController();
    fetch(url, { headers: { Accept: 'text/event-stream' }, signal: abort.signal, cache: 'no-store' }).then(function (r) {
      var ok = r.ok && (r.headers.get('Content-Type') || '').indexOf('text/event-stream') === 0;
      abort.abort();
      if (!ok) { setTimeout(connect, 60000); return; }
      source = new EventSource(url);
      source.onopen = function () { root.setAttribute('data-stream', 'live'); };
      source.onmessage = onEvent;
      EVENT_TYPES.forEach(function (t) { source.addEventListener(t, onEvent); });
      source.onerror = function () {
        root.setAttribute('data-stream', 'connecting');
        if (source.readyState === EventSource.CLOSED) {
          source.close();
          source = null;
          setTimeout(connect, 10000);
        }
      };
    }, function () { setTimeout(connect, 60000); });
  }

  // ------------------------------------------------------------------ start: after the dashboard's first figures
  document.addEventListener('s3coop:regions', function (e) {
    if (started) { return; }
    started = true;
    var c = e.detail.config || {};
    config.partnershipUrl = c.partnershipUrl || '';
    config.regionUrl = c.regionUrl || '';
    build();
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    });
    refresh();
    connect();
    setInterval(function () {
      if (!source || source.readyState !== EventSource.OPEN) { refresh(); }
    }, 30000);
  });
})();
