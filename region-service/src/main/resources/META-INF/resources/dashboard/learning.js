/*
 * s3coop dashboard: the working group's learning loop (challenge-service) — the latest closed ranking round, each
 * cluster's rank across the closed rounds, good practices by adoption status, the next meeting. Drawn into
 * <section id="learning"> with Apache ECharts; kept live by the learning loop's event types on the page's one stream
 * (panels.js, stream.js: region-service's /api/v1/events/stream). Plain JavaScript, no build step; needs only
 * echarts and ./config.json (DashboardResource), like dashboard.js.
 */
(function () {
  'use strict';

  var root = document.getElementById('learning');
  if (!root) { return; }
  var STATUSES = ['PLANNED', 'IMPLEMENTING', 'IMPLEMENTED', 'ABANDONED'];
  var STATUS_COLORS = { PLANNED: '#8fb8ed', IMPLEMENTING: '#f2c94c', IMPLEMENTED: '#1e8e3e', ABANDONED: '#9aa3b2' };
  /* SSE event names are CloudEvent types: an EventSource needs a listener per name (docs/asyncapi.yaml lists them). */
  var EVENT_TYPES = ['org.s3coop.ranking.vote-cast.v1', 'org.s3coop.ranking.round-opened.v1',
    'org.s3coop.ranking.round-closed.v1', 'org.s3coop.meeting.planned.v1', 'org.s3coop.meeting.updated.v1',
    'org.s3coop.meeting.held.v1', 'org.s3coop.meeting.minutes-published.v1', 'org.s3coop.practice.published.v1',
    'org.s3coop.practice.updated.v1', 'org.s3coop.practice.adoption-changed.v1',
    'org.s3coop.workinggroup.member-joined.v1', 'org.s3coop.workinggroup.member-updated.v1',
    'org.s3coop.workinggroup.member-left.v1'];
  var PAGES = 20; /* practices read for the counts: at most 20 pages of 100 */

  var config = { challengeUrl: '', regionUrl: '' };
  var chart = window.s3coopPanels.charts();

  // ------------------------------------------------------------------ the panels' markup
  var el = window.s3coopPanels.el;

  function card(title, note, span) {
    var a = el('article', { 'class': 'card' + (span ? ' span-2' : '') });
    var h = el('h2', null, title + ' ');
    h.appendChild(note);
    a.appendChild(h);
    root.appendChild(a);
    return a;
  }

  function build() {
    var round = card('Latest closed ranking round', el('small', { 'data-testid': 'learning-round', id: 'learning-round' }), false);
    round.appendChild(el('div', { 'class': 'chart', id: 'chart-learning-round', role: 'img',
      'aria-label': 'Borda points of the latest closed round' }));
    var leader = el('p', { 'class': 'muted small' }, 'Most critical: ');
    leader.appendChild(el('b', { 'data-testid': 'learning-leader', id: 'learning-leader' }, '–'));
    round.appendChild(leader);

    var trend = card('Ranking across rounds', el('small', { 'data-testid': 'learning-trend', id: 'learning-trend' }), false);
    trend.appendChild(el('div', { 'class': 'chart', id: 'chart-learning-trend', role: 'img',
      'aria-label': "Each cluster's position across the closed rounds" }));

    var practices = card('Good practices by adoption status',
      el('small', { 'data-testid': 'learning-practices', id: 'learning-practices' }), false);
    practices.appendChild(el('div', { 'class': 'chart', id: 'chart-learning-adoptions', role: 'img',
      'aria-label': 'Regions adopting good practices, by status' }));
    var table = el('table', { 'class': 'mini', 'aria-label': 'Adoptions by status' });
    var tbody = el('tbody');
    STATUSES.forEach(function (s) {
      var row = el('tr');
      row.appendChild(el('th', null, s.toLowerCase()));
      row.appendChild(el('td', { 'data-testid': 'adoptions-' + s }, '–'));
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    practices.appendChild(table);

    var meeting = card('Next meeting', el('small', { 'data-testid': 'next-meeting-kind', id: 'next-meeting-kind' }), false);
    meeting.appendChild(el('p', { 'class': 'kpi-value kpi-text', 'data-testid': 'next-meeting-title', id: 'next-meeting-title' }, '–'));
    var when = el('p', { 'class': 'muted' });
    when.appendChild(el('span', { 'data-testid': 'next-meeting-date', id: 'next-meeting-date' }));
    when.appendChild(document.createTextNode(' · hosted by '));
    when.appendChild(el('span', { 'data-testid': 'next-meeting-host', id: 'next-meeting-host' }));
    meeting.appendChild(when);
    meeting.appendChild(el('p', { 'class': 'small', id: 'next-meeting-agenda' }));

    root.appendChild(el('p', { 'class': 'errors span-2', 'data-testid': 'learning-errors', id: 'learning-errors', hidden: '' }));
  }

  // ------------------------------------------------------------------ helpers
  function $(id) { return document.getElementById(id); }
  function text(id, value) { $(id).textContent = value; }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : 0; }

  function getJson(path) {
    var url = config.challengeUrl + path;
    return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    });
  }

  function empty(id, message) {
    chart(id).setOption({ title: { text: message, left: 'center', top: 'middle',
      textStyle: { color: '#6b7386', fontSize: 13, fontWeight: 'normal' } }, series: [] }, true);
  }

  var grid = { left: 8, right: 40, top: 16, bottom: 8, containLabel: true };

  // ------------------------------------------------------------------ rendering
  /* The latest closed round and the trend: both from GET /ranking-rounds/trend (rounds in the order they closed). */
  function renderTrend(trend) {
    var rounds = trend.rounds || [];
    var clusters = trend.clusters || [];
    text('learning-trend', rounds.length + ' closed round' + (rounds.length === 1 ? '' : 's'));
    if (!rounds.length) {
      text('learning-round', 'no closed round yet');
      text('learning-leader', '–');
      empty('chart-learning-round', 'no closed round yet');
      empty('chart-learning-trend', 'no closed round yet');
      return;
    }
    var latest = rounds[rounds.length - 1];
    text('learning-round', latest.round + ' · ' + latest.votesCast + ' ballot' + (latest.votesCast === 1 ? '' : 's'));
    var standings = [];
    clusters.forEach(function (c) {
      (c.points || []).forEach(function (p) {
        if (p.round === latest.round) { standings.push({ cluster: c.cluster, name: c.name, p: p }); }
      });
    });
    standings.sort(function (a, b) { return a.p.position - b.p.position; });
    text('learning-leader', standings.length ? standings[0].cluster : '–');
    chart('chart-learning-round').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        var s = standings[items[0].dataIndex];
        return '#' + s.p.position + ' ' + s.name + '<br>' + s.p.points + ' points · mean rank ' +
          (s.p.meanRank == null ? '–' : s.p.meanRank) + ' · ' + s.p.votes + ' ballots';
      } },
      grid: grid,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 10 },
        data: standings.map(function (s) { return s.p.position + '. ' + s.cluster; }) },
      series: [{ type: 'bar', name: 'points', label: { show: true, position: 'right' },
        data: standings.map(function (s, i) { return { value: num(s.p.points), itemStyle: { color: i === 0 ? '#d93025' : '#5b8def' } }; }) }]
    }, true);

    var codes = rounds.map(function (r) { return r.round; });
    chart('chart-learning-trend').setOption({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0, textStyle: { fontSize: 10 } },
      grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: codes, axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', inverse: true, min: 1, minInterval: 1, name: 'position', nameTextStyle: { fontSize: 10 } },
      series: clusters.map(function (c) {
        var byRound = {};
        (c.points || []).forEach(function (p) { byRound[p.round] = p.position; });
        return { type: 'line', name: c.cluster, connectNulls: true, symbolSize: 6,
          data: codes.map(function (r) { return byRound[r] == null ? null : byRound[r]; }) };
      })
    }, true);
  }

  function renderPractices(practices) {
    var totals = {};
    STATUSES.forEach(function (s) { totals[s] = 0; });
    practices.forEach(function (p) {
      var by = p.adoptionsByStatus || {};
      STATUSES.forEach(function (s) { totals[s] += num(by[s]); });
    });
    STATUSES.forEach(function (s) {
      document.querySelector('[data-testid="adoptions-' + s + '"]').textContent = String(totals[s]);
    });
    text('learning-practices', practices.length + ' practice' + (practices.length === 1 ? '' : 's'));
    if (!practices.length) {
      empty('chart-learning-adoptions', 'no good practice published yet');
      return;
    }
    var shown = practices.slice(0, 8);
    chart('chart-learning-adoptions').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0, textStyle: { fontSize: 10 } },
      grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: 'regions', nameTextStyle: { fontSize: 10 } },
      yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 10, width: 150, overflow: 'truncate' },
        data: shown.map(function (p) { return p.title; }) },
      series: STATUSES.map(function (s) {
        return { type: 'bar', stack: 'adoptions', name: s.toLowerCase(), itemStyle: { color: STATUS_COLORS[s] },
          data: shown.map(function (p) { return num((p.adoptionsByStatus || {})[s]); }) };
      })
    }, true);
  }

  function renderMeeting(page) {
    var m = (page.items || [])[0];
    if (!m) {
      text('next-meeting-title', 'none planned');
      text('next-meeting-kind', '');
      text('next-meeting-date', '–');
      text('next-meeting-host', '–');
      text('next-meeting-agenda', '');
      return;
    }
    text('next-meeting-title', m.title);
    text('next-meeting-kind', m.kind.replace(/_/g, ' ').toLowerCase());
    text('next-meeting-date', m.date);
    text('next-meeting-host', m.hostRegion);
    text('next-meeting-agenda', m.agenda || '');
  }

  /* Every page of practices (newest first), up to PAGES pages. */
  function allPractices() {
    var all = [];
    function page(n) {
      return getJson('/api/v1/practices?size=100&page=' + n).then(function (p) {
        all = all.concat(p.items || []);
        return n + 1 < Math.min(num(p.totalPages), PAGES) ? page(n + 1) : all;
      });
    }
    return page(0);
  }

  // ------------------------------------------------------------------ refresh
  function load() {
    var problems = [];
    function guard(name, promise, render) {
      return promise.then(render, function (e) { problems.push(name + ': ' + e.message); });
    }
    var today = new Date().toISOString().slice(0, 10);
    return Promise.all([
      guard('ranking trend', getJson('/api/v1/ranking-rounds/trend'), renderTrend),
      guard('practices', allPractices(), renderPractices),
      guard('meetings', getJson('/api/v1/meetings?status=PLANNED&from=' + today + '&sort=date&size=1'), renderMeeting)
    ]).then(function () {
      var errors = $('learning-errors');
      errors.hidden = problems.length === 0;
      errors.textContent = problems.length ? 'Could not load: ' + problems.join('; ') : '';
    });
  }
  var panel = window.s3coopPanels.refresher(root, load);

  // ------------------------------------------------------------------ start
  build();
  fetch('config.json', { cache: 'no-store' }).then(function (r) { return r.ok ? r.json() : {}; }).then(function (c) {
    config.challengeUrl = c.challengeUrl || '';
    config.regionUrl = c.regionUrl || '';
  }, function () { /* same origin for all three */ }).then(function () {
    panel.refresh();
    window.s3coopPanels.live(root, config.regionUrl, EVENT_TYPES, panel.schedule);
  });
})();
