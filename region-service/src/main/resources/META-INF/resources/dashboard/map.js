/*
 * s3coop dashboard: the map of Europe. NUTS 2 regions (the vendored 1:60M polygons, geo/nuts2.json) shaded by the
 * number of active partnerships they take part in — the NUTS 2 region's own and those of its NUTS 3 regions, from
 * the regions' cooperation profiles — coloured by their most advanced stage on hover, with the country outlines
 * (geo/nuts0.json); a click lists the region's partnerships and open challenges. It draws from the regions the
 * dashboard loads on every refresh (event 's3coop:regions'), so it follows the live stream without a reload.
 * ?nomap leaves the map out (to measure what it costs the first paint); ?static turns animations off.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var panel = document.getElementById('map-panel');
  if (!panel) { return; }
  if (params.has('nomap')) { panel.hidden = true; return; }

  var STATIC = params.has('static');
  var STAGES = ['SCOPING', 'MAPPING', 'PILOT', 'SCALE_UP'];
  var STAGE_COLORS = { SCOPING: '#8fb8ed', MAPPING: '#f2c94c', PILOT: '#f2994a', SCALE_UP: '#1e8e3e' };
  var NONE = '#eef2f8';
  var SHADES = [NONE, '#b9cdee', '#6f9bdc', '#1f5fbf', '#0b2e6b'];
  /* The view: mainland Europe, zoomed in from the whole data (Azores to Cyprus); drag and wheel move and zoom it. */
  var CENTER = [13, 53];
  var ZOOM = 1.3;
  var SOURCE = 'Boundaries: NUTS 2024, Eurostat (GISCO), converted by eurostat/Nuts2json · ' +
    '© EuroGeographics for the administrative boundaries';

  var chart = null;
  var names = {};          /* NUTS 2 code -> name, from the polygons */
  var tallies = {};        /* NUTS 2 code -> {count, stage, codes} */
  var offMap = [];         /* registered regions with active partnerships the map cannot shade */
  var config = { partnershipUrl: '', challengeUrl: '', regionUrl: '' };
  var pending = null;      /* regions that arrived before the polygons */
  var selected = null;
  var updates = 0;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : 0; }
  function getJson(url, accept) {
    return fetch(url, { headers: { Accept: accept || 'application/json' }, cache: accept ? 'default' : 'no-store' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    });
  }

  // ------------------------------------------------------------------ the panel
  var style = el('style', {}, [
    '.map-panel { margin-bottom: .75rem; }',
    '.map-wrap { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: .75rem; }',
    '.map { width: 100%; height: 520px; }',
    '.map-detail { font-size: .8rem; max-height: 520px; overflow: auto; border-left: 1px solid var(--line); padding-left: .75rem; }',
    '.map-detail h3 { font-size: .9rem; margin: 0 0 .4rem; }',
    '.map-detail ul { list-style: none; margin: 0 0 .6rem; padding: 0; }',
    '.map-detail li { padding: .25rem 0; border-bottom: 1px solid var(--line); }',
    '.map-detail .tag { display: inline-block; border-radius: 4px; padding: 0 .35rem; margin-right: .3rem; font-size: .7rem; color: #fff; }',
    '.map-legend span.swatch { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; margin: 0 .2rem 0 .6rem; vertical-align: -1px; }',
    '@media (max-width: 900px) { .map-wrap { grid-template-columns: 1fr; } .map { height: 360px; }',
    '  .map-detail { border-left: 0; padding-left: 0; max-height: none; } }'
  ].join('\n'));
  document.head.appendChild(style);

  var card = el('article', { 'class': 'card' });
  var title = el('h2', {}, 'Partnerships on the map ');
  title.appendChild(el('small', {}, 'NUTS 2 regions by active partnerships (with their NUTS 3 regions) · hover: most ' +
    'advanced stage · click: partnerships and open challenges'));
  var wrap = el('div', { 'class': 'map-wrap' });
  var mapEl = el('div', { id: 'map', 'class': 'map', 'data-testid': 'map', role: 'img',
    'aria-label': 'Map of Europe: NUTS 2 regions shaded by their active partnerships' });
  var detail = el('aside', { id: 'map-detail', 'class': 'map-detail', 'data-testid': 'map-detail', 'aria-live': 'polite' });
  detail.appendChild(el('p', { 'class': 'muted' }, 'Click a region to see its partnerships and open challenges.'));
  wrap.appendChild(mapEl);
  wrap.appendChild(detail);
  var legend = el('p', { 'class': 'muted small map-legend', 'data-testid': 'map-legend' }, 'Most advanced stage:');
  STAGES.forEach(function (s) {
    var sw = el('span', { 'class': 'swatch' });
    sw.style.background = STAGE_COLORS[s];
    legend.appendChild(sw);
    legend.appendChild(document.createTextNode(s));
  });
  var off = el('p', { 'class': 'muted small', 'data-testid': 'map-off' });
  var source = el('p', { 'class': 'muted small', 'data-testid': 'map-source' }, SOURCE);
  card.appendChild(title);
  card.appendChild(wrap);
  card.appendChild(legend);
  card.appendChild(off);
  card.appendChild(source);
  panel.appendChild(card);

  // ------------------------------------------------------------------ the figures
  /* Active partnerships per NUTS 2 code (its own and its NUTS 3 regions'), and the most advanced stage among them. */
  function tally(regions) {
    var t = {};
    var outside = [];
    (regions || []).forEach(function (r) {
      var c = r.cooperation || {};
      var n = num(c.activePartnerships);
      var stage = -1;
      STAGES.forEach(function (s, i) {
        if (num((c.asLead || {})[s]) + num((c.asMember || {})[s]) > 0) { stage = i; }
      });
      var code = r.level === 2 ? r.code : r.level === 3 ? r.code.slice(0, 4) : null;
      if (!code || !names[code]) {
        if (n > 0) { outside.push(r.code + ' ' + (r.name || '') + ' (' + n + ')'); }
        return;
      }
      var entry = t[code] || (t[code] = { count: 0, stage: -1, codes: [] });
      entry.count += n;
      entry.stage = Math.max(entry.stage, stage);
      entry.codes.push(r.code);
    });
    tallies = t;
    offMap = outside;
  }

  function maxCount() {
    return Object.keys(tallies).reduce(function (m, k) { return Math.max(m, tallies[k].count); }, 0);
  }

  function option() {
    var data = Object.keys(names).map(function (code) {
      var t = tallies[code];
      return { name: code, value: t ? t.count : 0 };
    });
    /* on hover a region takes the colour of its most advanced stage (the shared geo draws the regions) */
    var regions = Object.keys(tallies).filter(function (code) { return tallies[code].stage >= 0 || code === selected; })
      .map(function (code) {
        var region = { name: code };
        if (tallies[code].stage >= 0) {
          region.emphasis = { itemStyle: { areaColor: STAGE_COLORS[STAGES[tallies[code].stage]] } };
        }
        if (code === selected) { region.itemStyle = { borderColor: '#d93025', borderWidth: 2 }; }
        return region;
      });
    if (selected && names[selected] && !tallies[selected]) {
      regions.push({ name: selected, itemStyle: { borderColor: '#d93025', borderWidth: 2 } });
    }
    return {
      visualMap: { max: Math.max(3, maxCount()) },
      geo: { regions: regions },
      series: [{ id: 'shading', data: data }]
    };
  }

  function tooltip(p) {
    var code = p.name;
    var t = tallies[code];
    var line = '<b>' + code + '</b> ' + (names[code] || '');
    if (!t) { return line + '<br>no registered region'; }
    return line + '<br>' + t.count + ' active partnership' + (t.count === 1 ? '' : 's') +
      (t.stage >= 0 ? '<br>most advanced stage: ' + STAGES[t.stage] : '') +
      '<br>registered: ' + t.codes.join(', ');
  }

  function draw(nuts2, nuts0) {
    nuts2.features.forEach(function (f) { names[f.properties.id] = f.properties.na; });
    echarts.registerMap('nuts2', nuts2);
    var outlines = [];
    nuts0.features.forEach(function (f) {
      var polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      polygons.forEach(function (rings) { rings.forEach(function (ring) { outlines.push({ coords: ring }); }); });
    });
    chart = echarts.init(mapEl, null, { renderer: 'canvas' });
    chart.setOption({
      animation: !STATIC,
      tooltip: { trigger: 'item', formatter: tooltip },
      visualMap: { type: 'continuous', min: 0, max: 3, seriesIndex: 0, inRange: { color: SHADES },
        text: ['more', 'none'], left: 8, bottom: 8, itemHeight: 90, itemWidth: 12, textStyle: { fontSize: 10 },
        calculable: false },
      geo: { map: 'nuts2', nameProperty: 'id', roam: true, center: CENTER, zoom: ZOOM, aspectScale: 0.7,
        layoutCenter: ['50%', '50%'], layoutSize: '100%', scaleLimit: { min: 0.8, max: 12 }, label: { show: false },
        itemStyle: { areaColor: NONE, borderColor: '#c3cad6', borderWidth: 0.4 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#d6deea' } },
        selectedMode: false, select: { disabled: true } },
      series: [
        { id: 'shading', type: 'map', geoIndex: 0, name: 'active partnerships', data: [], selectedMode: false,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#d6deea' } }, select: { disabled: true } },
        { id: 'countries', type: 'lines', coordinateSystem: 'geo', geoIndex: 0, polyline: true, silent: true,
          animation: false, z: 3, lineStyle: { color: '#4a5366', width: 0.9, opacity: 0.85 }, data: outlines }
      ]
    });
    chart.on('click', function (p) {
      if (p && p.name && names[p.name]) { select(p.name); }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    if (pending) { update(pending); pending = null; }
  }

  function update(regions) {
    tally(regions);
    chart.setOption(option());
    updates += 1;
    var shaded = Object.keys(tallies).filter(function (c) { return tallies[c].count > 0; }).length;
    mapEl.setAttribute('data-shaded', String(shaded));
    mapEl.setAttribute('data-updates', String(updates));
    off.textContent = offMap.length ? 'Not on the map (NUTS 0/1, or outermost regions without a polygon): ' +
      offMap.join(' · ') : '';
    if (!mapEl.hasAttribute('data-drawn')) {
      /* ECharts has drawn the canvas in setOption; the second animation frame is after the browser painted it */
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          if (mapEl.hasAttribute('data-drawn')) { return; }
          mapEl.setAttribute('data-drawn', 'true');
          mapEl.setAttribute('data-drawn-at', String(Math.round(performance.now())));
          if (performance.mark) { performance.mark('s3coop-map-drawn'); }
        });
      });
    }
    if (selected) { select(selected); }
  }

  // ------------------------------------------------------------------ a region's partnerships and challenges
  function select(code) {
    var previous = selected;
    selected = code;
    if (previous !== code && chart) { chart.setOption(option()); }
    var t = tallies[code] || { count: 0, stage: -1, codes: [] };
    var codes = t.codes.length ? t.codes : [code];
    var token = {};
    detail.token = token;
    Promise.all([
      Promise.all(codes.map(function (c) {
        return getJson(config.partnershipUrl + '/api/v1/partnerships?size=100&region=' + encodeURIComponent(c))
          .then(function (p) { return p.items || []; });
      })),
      Promise.all(codes.map(function (c) {
        return getJson(config.challengeUrl + '/api/v1/challenges?size=100&status=OPEN&region=' + encodeURIComponent(c))
          .then(function (p) { return p.items || []; });
      }))
    ]).then(function (found) {
      if (detail.token === token) { showDetail(code, t, unique(found[0]), unique(found[1])); }
    }, function (e) {
      if (detail.token === token) {
        detail.textContent = '';
        detail.appendChild(el('p', { 'class': 'errors' }, 'Could not load ' + code + ': ' + e.message));
      }
    });
  }

  function unique(lists) {
    var seen = {};
    var out = [];
    lists.forEach(function (list) {
      list.forEach(function (item) { if (!seen[item.id]) { seen[item.id] = true; out.push(item); } });
    });
    return out;
  }

  function showDetail(code, t, partnerships, challenges) {
    detail.textContent = '';
    detail.setAttribute('data-region', code);
    detail.appendChild(el('h3', {}, code + ' ' + (names[code] || '')));
    detail.appendChild(el('p', { 'class': 'muted' }, t.codes.length
      ? t.count + ' active partnership' + (t.count === 1 ? '' : 's') + ' · registered: ' + t.codes.join(', ')
      : 'No region registered here.'));
    detail.appendChild(el('h3', {}, 'Partnerships (' + partnerships.length + ')'));
    var pl = el('ul', { 'data-testid': 'map-partnerships' });
    partnerships.forEach(function (p) {
      var li = el('li', { 'data-partnership': p.id, 'data-stage': p.stage || '', 'data-status': p.status || '' });
      var tag = el('span', { 'class': 'tag' }, p.stage || '');
      tag.style.background = STAGE_COLORS[p.stage] || '#9aa3b2';
      li.appendChild(tag);
      li.appendChild(document.createTextNode((p.title || p.id) + (p.status && p.status !== 'ACTIVE' ? ' (' + p.status + ')' : '') + ' '));
      if (window.s3coopDossierLink) { li.appendChild(window.s3coopDossierLink(p.id)); }
      pl.appendChild(li);
    });
    if (!partnerships.length) { pl.appendChild(el('li', { 'class': 'muted' }, 'none')); }
    detail.appendChild(pl);
    detail.appendChild(el('h3', {}, 'Open challenges (' + challenges.length + ')'));
    var cl = el('ul', { 'data-testid': 'map-challenges' });
    challenges.forEach(function (c) {
      var li = el('li', { 'data-challenge': c.id });
      var tag = el('span', { 'class': 'tag' }, c.severity || '');
      tag.style.background = { LOW: '#8fb8ed', MEDIUM: '#f2c94c', HIGH: '#f2994a', BLOCKING: '#d93025' }[c.severity] || '#9aa3b2';
      li.appendChild(tag);
      li.appendChild(document.createTextNode((c.title || c.id) + (c.cluster ? ' · ' + c.cluster : '')));
      cl.appendChild(li);
    });
    if (!challenges.length) { cl.appendChild(el('li', { 'class': 'muted' }, 'none')); }
    detail.appendChild(cl);
  }

  // ------------------------------------------------------------------ start
  /* For tests and the curious: the figures behind the shading, and where a region is drawn. */
  window.s3coopMap = {
    count: function (code) { return tallies[code] ? tallies[code].count : 0; },
    stage: function (code) { return tallies[code] && tallies[code].stage >= 0 ? STAGES[tallies[code].stage] : null; },
    pixel: function (lonLat) { return chart ? chart.convertToPixel({ geoIndex: 0 }, lonLat) : null; },
    select: select
  };

  document.addEventListener('s3coop:regions', function (e) {
    config = e.detail.config || config;
    if (chart) { update(e.detail.regions); } else { pending = e.detail.regions; }
  });

  Promise.all([getJson('geo/nuts2.json', 'application/geo+json'), getJson('geo/nuts0.json', 'application/geo+json')]).then(function (layers) {
    draw(layers[0], layers[1]);
  }, function (e) {
    mapEl.setAttribute('data-error', e.message);
    mapEl.textContent = 'The map could not be loaded: ' + e.message;
  });
})();
