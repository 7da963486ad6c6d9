/*
 * s3coop dashboard: reads the three services' public read APIs and draws them with Apache ECharts; a live feed
 * from region-service's Server-Sent Events stream (/api/v1/events/stream) refreshes the figures as events arrive.
 * Plain JavaScript, no build step. Where the services are: ./config.json (DashboardResource).
 */
(function () {
  'use strict';

  var STAGES = ['SCOPING', 'MAPPING', 'PILOT', 'SCALE_UP'];
  var SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'BLOCKING'];
  /* SSE event names are CloudEvent types: an EventSource needs a listener per name (docs/asyncapi.yaml lists them). */
  var EVENT_TYPES = [
    'org.s3coop.region.registered.v1', 'org.s3coop.region.updated.v1', 'org.s3coop.region.retired.v1',
    'org.s3coop.partnership.proposed.v1', 'org.s3coop.partnership.member-joined.v1',
    'org.s3coop.partnership.member-left.v1', 'org.s3coop.partnership.evidence-updated.v1',
    'org.s3coop.partnership.stage-advanced.v1', 'org.s3coop.partnership.stage-reverted.v1',
    'org.s3coop.partnership.put-on-hold.v1', 'org.s3coop.partnership.resumed.v1',
    'org.s3coop.partnership.closed.v1', 'org.s3coop.partnership.rescoping-recommended.v1',
    'org.s3coop.challenge.raised.v1', 'org.s3coop.challenge.updated.v1', 'org.s3coop.challenge.addressed.v1',
    'org.s3coop.challenge.closed.v1', 'org.s3coop.challenge.withdrawn.v1', 'org.s3coop.challenge.reopened.v1',
    'org.s3coop.challenge.solution-proposed.v1', 'org.s3coop.ranking.vote-cast.v1',
    /* the working group's learning loop (challenge-service; its panels: learning.js) */
    'org.s3coop.ranking.round-opened.v1', 'org.s3coop.ranking.round-closed.v1', 'org.s3coop.meeting.planned.v1',
    'org.s3coop.meeting.updated.v1', 'org.s3coop.meeting.held.v1', 'org.s3coop.meeting.minutes-published.v1',
    'org.s3coop.practice.published.v1', 'org.s3coop.practice.updated.v1', 'org.s3coop.practice.adoption-changed.v1',
    'org.s3coop.workinggroup.member-joined.v1', 'org.s3coop.workinggroup.member-updated.v1',
    'org.s3coop.workinggroup.member-left.v1'
  ];
  var FEED_MAX = 200;
  var COLORS = { ACTIVE: '#1f5fbf', ON_HOLD: '#f2a900', CLOSED: '#9aa3b2',
    LOW: '#8fb8ed', MEDIUM: '#f2c94c', HIGH: '#f2994a', BLOCKING: '#d93025' };

  var config = { partnershipUrl: '', challengeUrl: '', regionUrl: '' };
  var charts = {};
  var refreshTimer = null;
  var refreshing = false;
  var refreshAgain = false;
  var refreshCount = 0;

  function $(id) { return document.getElementById(id); }
  function text(id, value) { var el = $(id); if (el) { el.textContent = value; } }
  function testid(name) { return document.querySelector('[data-testid="' + name + '"]'); }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : 0; }
  function pretty(code) { return String(code).replace(/_/g, ' ').toLowerCase().replace(/^./, function (c) { return c.toUpperCase(); }); }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    });
  }

  /* ?static turns chart animations off (screenshots, slow devices). */
  var STATIC = new URLSearchParams(window.location.search).has('static');

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

  var baseGrid = { left: 8, right: 16, top: 28, bottom: 8, containLabel: true };
  var barGrid = { left: 8, right: 40, top: 16, bottom: 8, containLabel: true }; /* room for the value labels */

  // ------------------------------------------------------------------ partnership-service: the portfolio
  function renderPortfolio(p) {
    var byStatus = p.byStatus || {};
    var byStage = p.byStage || {};
    var open = p.openByStageAndStatus || {};
    text('kpi-total', String(num(p.totalPartnerships)));
    text('kpi-active', String(num(byStatus.ACTIVE)));
    text('kpi-onhold', String(num(byStatus.ON_HOLD)));
    STAGES.forEach(function (s) { testid('stage-' + s).textContent = String(num(byStage[s])); });

    var series = ['ACTIVE', 'ON_HOLD', 'CLOSED'].map(function (status) {
      return {
        name: pretty(status), type: 'bar', stack: 'stage', itemStyle: { color: COLORS[status] },
        emphasis: { focus: 'series' },
        data: STAGES.map(function (s) {
          var o = open[s] || {};
          if (status === 'CLOSED') { return Math.max(0, num(byStage[s]) - num(o.ACTIVE) - num(o.ON_HOLD)); }
          return num(o[status]);
        })
      };
    });
    chart('chart-funnel').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: baseGrid,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: STAGES, inverse: true },
      series: series
    }, true);

    var median = p.medianDaysInStage || {};
    var stays = p.completedStays || {};
    chart('chart-median').setOption({
      tooltip: { trigger: 'axis', formatter: function (items) {
        var i = items[0];
        var s = STAGES[i.dataIndex];
        return s + ': ' + (i.value == null ? 'no completed stay' : i.value + ' days') + '<br>sample: ' + num(stays[s]);
      } },
      grid: baseGrid,
      xAxis: { type: 'category', data: STAGES, axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', name: 'days' },
      series: [{ type: 'bar', itemStyle: { color: '#5b8def' }, label: { show: true, position: 'top' },
        data: STAGES.map(function (s) { return median[s] == null ? null : Math.round(median[s] * 10) / 10; }) }]
    }, true);

    var reverts = p.revertsByTrigger || {};
    var triggers = Object.keys(reverts).sort();
    var revertOption = {
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, left: 'center', width: '92%', itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 } },
      series: [{ type: 'pie', radius: ['38%', '62%'], center: ['50%', '44%'],
        label: { show: true, position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
        data: triggers.map(function (t) { return { name: t, value: num(reverts[t]) }; }) }]
    };
    if (!triggers.length) {
      revertOption.title = { text: 'no revert yet', left: 'center', top: 'middle', textStyle: { color: '#6b7386', fontSize: 13, fontWeight: 'normal' } };
    }
    chart('chart-reverts').setOption(revertOption, true);
  }

  // ------------------------------------------------------------------ challenge-service: summary and ranking
  function renderChallenges(summary) {
    text('kpi-challenges', String(num(summary.open)));
    var clusters = summary.byCluster || [];
    chart('chart-clusters').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: barGrid,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: clusters.map(function (c) { return c.cluster; }),
        axisLabel: { fontSize: 10 } },
      series: [{ type: 'bar', name: 'open', itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right' },
        data: clusters.map(function (c) { return { value: num(c.open), name: c.name }; }) }]
    }, true);
    var sev = summary.bySeverity || {};
    chart('chart-severity').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: baseGrid,
      xAxis: { type: 'category', data: SEVERITIES, axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: 'open', label: { show: true, position: 'top' },
        data: SEVERITIES.map(function (s) { return { value: num(sev[s]), itemStyle: { color: COLORS[s] } }; }) }]
    }, true);
  }

  function latestRound(rounds) {
    var latest = null;
    (rounds || []).forEach(function (r) {
      if (!latest || String(r.lastCastAt) > String(latest.lastCastAt)) { latest = r; }
    });
    return latest;
  }

  function renderRanking(result) {
    if (!result) {
      text('round-name', 'no ranking round yet');
      text('kpi-leader-name', '–');
      text('kpi-leader', '');
      text('kpi-round', '');
      chart('chart-ranking').setOption({ title: { text: 'no vote cast yet', left: 'center', top: 'middle',
        textStyle: { color: '#6b7386', fontSize: 13, fontWeight: 'normal' } }, series: [] }, true);
      return;
    }
    var standings = result.clusters || [];
    text('round-name', result.round + ' · ' + result.votesCast + ' ballot' + (result.votesCast === 1 ? '' : 's'));
    text('kpi-round', '(' + result.round + ')');
    text('round-rule', result.rule || '');
    var leader = standings[0];
    text('kpi-leader-name', leader ? leader.name : '–');
    text('kpi-leader', leader ? leader.cluster : '');
    chart('chart-ranking').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        var s = standings[items[0].dataIndex];
        return '#' + s.position + ' ' + s.name + '<br>' + s.points + ' points · mean rank ' + s.meanRank +
          ' · first places ' + s.firstPlaces + (s.tiedOnPoints ? '<br>(tie on points, decided by count-back)' : '');
      } },
      grid: barGrid,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, axisLabel: { fontSize: 10 },
        data: standings.map(function (s) { return s.position + '. ' + s.cluster; }) },
      series: [{ type: 'bar', name: 'points', label: { show: true, position: 'right' },
        data: standings.map(function (s, i) { return { value: num(s.points), itemStyle: { color: i === 0 ? '#d93025' : '#5b8def' } }; }) }]
    }, true);
  }

  // ------------------------------------------------------------------ region-service: regions
  function renderRegions(page) {
    var items = (page.items || []).slice();
    items.sort(function (a, b) {
      var ca = (a.cooperation || {}).activePartnerships || 0;
      var cb = (b.cooperation || {}).activePartnerships || 0;
      return cb - ca || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    });
    var body = $('regions-body');
    body.textContent = '';
    items.forEach(function (r) {
      var c = r.cooperation || { activePartnerships: 0, asLead: {}, asMember: {}, onHold: 0 };
      var tr = document.createElement('tr');
      tr.setAttribute('data-region', r.code);
      if (!r.active) { tr.className = 'retired'; }
      var first = document.createElement('td');
      var code = document.createElement('b');
      code.textContent = r.code;
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = r.name;
      first.appendChild(code);
      first.appendChild(name);
      tr.appendChild(first);
      var cells = [String(num(c.activePartnerships))];
      STAGES.forEach(function (s) { cells.push(num((c.asLead || {})[s]) + ' / ' + num((c.asMember || {})[s])); });
      cells.push(String(num(c.onHold)));
      cells.forEach(function (v, i) {
        var td = document.createElement('td');
        td.textContent = v;
        if (v === '0' || v === '0 / 0') { td.className = 'zero'; }
        if (i === 0) { td.setAttribute('data-testid', 'region-active-' + r.code); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    text('regions-count', page.totalItems > items.length
      ? items.length + ' of ' + page.totalItems + ' regions shown.' : items.length + ' regions.');
  }

  /* Every region, page by page (100 a page): {items, totalItems}. */
  function allRegions() {
    var items = [];
    function page(n) {
      return getJson(config.regionUrl + '/api/v1/regions?size=100&page=' + n).then(function (p) {
        items = items.concat(p.items || []);
        return n + 1 < num(p.totalPages) ? page(n + 1) : { items: items, totalItems: num(p.totalItems) };
      });
    }
    return page(0);
  }

  // ------------------------------------------------------------------ refresh
  function refresh() {
    if (refreshing) { refreshAgain = true; return; }
    refreshing = true;
    var problems = [];
    function guard(name, promise, render) {
      return promise.then(render, function (e) { problems.push(name + ': ' + e.message); });
    }
    Promise.all([
      guard('portfolio', getJson(config.partnershipUrl + '/api/v1/portfolio'), renderPortfolio),
      guard('challenges', getJson(config.challengeUrl + '/api/v1/challenges/summary'), renderChallenges),
      guard('ranking', getJson(config.challengeUrl + '/api/v1/ranking-rounds').then(function (rounds) {
        var latest = latestRound(rounds);
        return latest ? getJson(config.challengeUrl + '/api/v1/ranking-rounds/' + encodeURIComponent(latest.round)) : null;
      }), renderRanking),
      guard('regions', allRegions(), function (page) {
        renderRegions(page);
        /* map.js (and any other panel) draws from the same regions: one fetch per refresh */
        document.dispatchEvent(new CustomEvent('s3coop:regions', { detail: { regions: page.items, config: config } }));
      })
    ]).then(function () {
      refreshCount += 1;
      var main = $('dashboard');
      main.setAttribute('data-refresh-count', String(refreshCount));
      if (!main.hasAttribute('data-loaded-at')) { main.setAttribute('data-loaded-at', String(Math.round(performance.now()))); }
      main.setAttribute('data-loaded', 'true');
      text('refreshed', 'updated ' + new Date().toLocaleTimeString());
      var errors = $('errors');
      errors.hidden = problems.length === 0;
      errors.textContent = problems.length ? 'Could not load: ' + problems.join('; ') : '';
    }).finally(function () {
      refreshing = false;
      if (refreshAgain) { refreshAgain = false; scheduleRefresh(); }
    });
  }

  function scheduleRefresh() {
    if (refreshTimer) { clearTimeout(refreshTimer); }
    refreshTimer = setTimeout(function () { refreshTimer = null; refresh(); }, 400);
  }

  // ------------------------------------------------------------------ live feed
  function summarise(type, d) {
    d = d || {};
    var kind = type.replace(/^org\.s3coop\./, '').replace(/\.v\d+$/, '');
    var parts = [];
    if (d.title) { parts.push('“' + d.title + '”'); }
    if (d.code && d.name) { parts.push(d.code + ' ' + d.name); }
    if (d.from && d.to && d.from !== d.to) { parts.push(d.from + ' → ' + d.to); }
    else if (d.stage && kind.indexOf('partnership.') === 0) { parts.push(d.stage); }
    if (d.trigger) { parts.push('trigger ' + d.trigger); }
    if (d.severity) { parts.push(d.severity); }
    if (d.cluster) { parts.push(d.cluster); }
    if (d.round) { parts.push('round ' + d.round + (d.regionCode ? ' by ' + d.regionCode : '')); }
    else if (d.regionCode) { parts.push(d.regionCode); }
    if (d.status && kind.indexOf('challenge.') === 0) { parts.push(d.status); }
    if (d.reason) { parts.push('(' + d.reason + ')'); }
    return parts.join(' · ');
  }

  function addToFeed(ev) {
    var feed = $('feed');
    var empty = feed.querySelector('.empty');
    if (empty) { feed.removeChild(empty); }
    var li = document.createElement('li');
    li.className = 'new';
    li.setAttribute('data-type', ev.type || '');
    li.setAttribute('data-subject', ev.subject || '');
    li.setAttribute('data-id', ev.id || '');
    var t = document.createElement('time');
    var when = ev.time ? new Date(ev.time) : new Date();
    t.dateTime = when.toISOString();
    t.textContent = when.toLocaleTimeString();
    var type = document.createElement('span');
    type.className = 'type';
    type.textContent = (ev.type || '').replace(/^org\.s3coop\./, '');
    type.title = ev.type || '';
    var what = document.createElement('span');
    what.className = 'what';
    var summary = summarise(ev.type || '', ev.data);
    what.textContent = summary || ev.subject || '';
    var subject = document.createElement('span');
    subject.className = 'subject';
    subject.textContent = summary && ev.subject ? ev.subject : '';
    what.appendChild(subject);
    what.title = (ev.subject ? ev.subject + ': ' : '') + summary;
    li.appendChild(t);
    li.appendChild(type);
    li.appendChild(what);
    if ((ev.type || '').indexOf('org.s3coop.partnership.') === 0 && ev.subject) {
      li.appendChild(dossierLink(ev.subject));
    }
    feed.insertBefore(li, feed.firstChild);
    while (feed.children.length > FEED_MAX) { feed.removeChild(feed.lastChild); }
  }

  /** A link to a partnership's printable dossier (partnership-service answers text/html to a browser). */
  function dossierLink(partnershipId) {
    var a = document.createElement('a');
    a.className = 'dossier';
    a.href = config.partnershipUrl + '/api/v1/partnerships/' + encodeURIComponent(partnershipId) + '/dossier';
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = 'Dossier';
    a.setAttribute('data-testid', 'dossier-link');
    return a;
  }
  window.s3coopDossierLink = dossierLink;

  function onEvent(message) {
    var ev;
    try {
      ev = JSON.parse(message.data);
    } catch (e) {
      ev = { id: message.lastEventId, type: message.type, data: null };
    }
    if (!ev.type) { ev.type = message.type; }
    addToFeed(ev);
    scheduleRefresh();
  }

  function streamState(state, note) {
    var chip = $('stream-status');
    chip.className = 'chip ' + (state === 'live' ? 'chip-ok' : state === 'connecting' ? 'chip-wait' : 'chip-off');
    chip.textContent = 'stream: ' + (state === 'live' ? 'live' : state === 'connecting' ? 'connecting…' : 'unavailable');
    chip.setAttribute('data-state', state);
    var n = $('stream-note');
    n.hidden = !note;
    n.textContent = note || '';
  }

  function emptyFeed(message) {
    var feed = $('feed');
    if (!feed.children.length) {
      var li = document.createElement('li');
      li.className = 'empty';
      li.textContent = message;
      feed.appendChild(li);
    }
  }

  /* The live feed on the page's one stream (stream.js): every event type, and the chip showing its state. */
  function connectStream() {
    var stream = window.s3coopStream;
    stream.listen(EVENT_TYPES.concat(['message']), onEvent);
    stream.watch(function (state, note) {
      streamState(state, note);
      if (state === 'live') {
        emptyFeed('Waiting for events…');
      } else if (state === 'unavailable') {
        emptyFeed('No live events: the stream is not available.');
      }
    });
    stream.start(config.regionUrl);
  }

  // ------------------------------------------------------------------ start
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
    $('dashboard').setAttribute('data-width', String(window.innerWidth));
  });

  getJson('config.json').then(function (c) {
    config.partnershipUrl = c.partnershipUrl || '';
    config.challengeUrl = c.challengeUrl || '';
    config.regionUrl = c.regionUrl || '';
  }, function () { /* same origin for all three */ }).then(function () {
    refresh();
    connectStream();
    setInterval(function () {
      if (!window.s3coopStream.live()) { refresh(); }
    }, 30000);
  });
})();
