/*
 * s3coop dashboard: from pilot to investment (partnership-service, issue 15) — the funnel (partnerships per stage, per
 * programme), the investment mobilised by instrument (EUR requested and granted), projects by status and the
 * monitoring reports overdue; all from GET /api/v1/portfolio. Drawn into <section id="investment"> with Apache
 * ECharts once the dashboard's own figures are in (its first 's3coop:regions' event, as map.js waits for it), so the
 * first paint costs nothing more; kept live by partnership-service's events (partnerships, projects, reports) on the
 * page's one stream (panels.js, stream.js). Plain JavaScript, no build step.
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

  var config = { partnershipUrl: '', regionUrl: '' };
  var chart = window.s3coopPanels.charts();
  var started = false;

  // ------------------------------------------------------------------ markup
  var el = window.s3coopPanels.el;
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
    var wrap = el('div', { 'class': 'table-wrap' });
    wrap.appendChild(table);
    funnel.appendChild(wrap);

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
  function load() {
    var url = config.partnershipUrl + '/api/v1/portfolio';
    return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    }).then(function (p) {
      render(p);
      $('invest-errors').hidden = true;
    }, function (e) {
      var errors = $('invest-errors');
      errors.hidden = false;
      errors.textContent = 'Could not load: portfolio: ' + e.message;
    });
  }
  var panel = window.s3coopPanels.refresher(root, load);

  // ------------------------------------------------------------------ start: after the dashboard's first figures
  document.addEventListener('s3coop:regions', function (e) {
    if (started) { return; }
    started = true;
    var c = e.detail.config || {};
    config.partnershipUrl = c.partnershipUrl || '';
    config.regionUrl = c.regionUrl || '';
    build();
    panel.refresh();
    window.s3coopPanels.live(root, config.regionUrl, EVENT_TYPES, panel.schedule);
  });
})();
