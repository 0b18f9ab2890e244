// riskdesk dashboard: fills each page from /api/dashboard/* with DOM nodes (textContent only, so
// nothing from the data is ever parsed as HTML). Plain browser JavaScript, no build step; charts
// with Chart.js (served from node_modules). When a page has rendered, body gets data-ready="true".
(function () {
  'use strict';
  var main = document.getElementById('main');
  var statusBox = document.getElementById('status');
  var page = main.getAttribute('data-page');
  var api = main.getAttribute('data-api');
  // Okabe–Ito plus darker tones: distinguishable with colour-blindness, readable on white.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#7f3c8d', '#3969ac', '#80ba5a', '#e68310'];
  var LEVEL_COLORS = { low: '#2e7d32', medium: '#b8860b', high: '#d55e00', critical: '#a4161a', none: '#6e7781' };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function fill(id, node) { var box = byId(id); box.textContent = ''; box.appendChild(node); }
  function setText(id, text) { byId(id).textContent = text; }
  function showStatus(text) { statusBox.textContent = text; }

  function table(headers, rows, rowClass) {
    var head = el('tr', {}, headers.map(function (h) { return el('th', { scope: 'col', className: h.num ? 'num' : '', text: h.label }); }));
    var body = rows.map(function (row, i) {
      return el('tr', { className: rowClass ? rowClass(i) : '' }, row.map(function (cell, j) {
        var td = el('td', { className: headers[j].num ? 'num' : '' });
        if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '—' : String(cell);
        return td;
      }));
    });
    if (rows.length === 0) body = [el('tr', {}, [el('td', { colspan: String(headers.length), className: 'muted', text: 'Nothing to show yet.' })])];
    return el('div', { className: 'table-wrap' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)])]);
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (res) {
      if (res.status === 401) { window.location.assign('/dashboard/login'); throw new Error('signed out'); }
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + res.status);
        return body;
      });
    });
  }

  function percent(rate) { return rate === null || rate === undefined ? '—' : Math.round(rate * 1000) / 10 + ' %'; }
  function hourLabel(ms) { var d = new Date(ms); return String(d.getHours()).padStart(2, '0') + ':00'; }
  function when(iso) { return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '—'; }
  function minutes(m) {
    if (m === null || m === undefined) return '—';
    var abs = Math.abs(m);
    var text = abs >= 120 ? Math.floor(abs / 60) + ' h ' + (abs % 60) + ' min' : abs + ' min';
    return m < 0 ? 'breached ' + text + ' ago' : text;
  }

  function barChart(id, labels, series, colors, horizontal) {
    var names = Object.keys(series);
    var datasets = names.map(function (name, i) {
      return { label: name, data: series[name], backgroundColor: (colors && colors[name]) || PALETTE[i % PALETTE.length] };
    });
    var canvas = byId(id);
    if (window.Chart) {
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
          plugins: { legend: { position: 'bottom', display: names.length > 1 } },
        },
      });
    }
    var rows = labels.map(function (label, i) { return [label].concat(names.map(function (n) { return series[n][i]; })); });
    fill(id + '-table', table([{ label: horizontal ? 'Rule' : 'Hour' }].concat(names.map(function (n) { return { label: n, num: true }; })), rows));
  }

  function counts(items, key, label) {
    return table([{ label: label }, { label: 'Count', num: true }], items.map(function (r) { return [r[key], r.hits !== undefined ? r.hits : r.decisions]; }));
  }

  var RENDER = {
    overview: function () {
      return getJson(api + '?hours=24').then(function (o) {
        setText('window', '· last ' + o.windowHours + ' hours');
        setText('total', String(o.total));
        setText('crisis-count', String(o.crisis.crisis));
        setText('review-count', String(o.crisis.crisisReview));
        var r = o.crisis.routedMs;
        setText('routed', r.p50 === null ? 'no crisis yet' : (r.p50 / 1000).toFixed(1) + ' s / ' + (r.p95 / 1000).toFixed(1) + ' s');
        var labels = o.byIntent.hours.map(hourLabel);
        barChart('chart-intent', labels, o.byIntent.series);
        barChart('chart-level', labels, o.byLevel.series, LEVEL_COLORS);
        fill('crisis-categories', table([{ label: 'Category' }, { label: 'Crisis', num: true }, { label: 'Review', num: true }],
          o.crisis.byCategory.map(function (c) { return [c.category, c.crisis, c.crisisReview]; })));
        fill('top-reasons', counts(o.topReasons, 'code', 'Reason'));
        fill('outcomes', counts(o.outcomes, 'outcome', 'Outcome'));
      });
    },
    sla: function () {
      return getJson(api).then(function (s) {
        setText('open-count', String(s.openCount));
        setText('breached-count', String(s.breachedCount));
        setText('first-window', s.windowDays === 1 ? '· last 24 hours' : '· last ' + s.windowDays + ' days');
        fill('open-tickets', table(
          [{ label: 'Ticket' }, { label: 'Intent' }, { label: 'Priority' }, { label: 'Target', num: true }, { label: 'Opened' }, { label: 'Due' }, { label: 'Time left' }],
          s.open.map(function (t) {
            var link = el('a', { href: '/dashboard/decisions?ticket=' + encodeURIComponent(t.ticketId), text: t.source + ' #' + t.ticketId });
            return [link, t.intent, t.priority, t.slaMinutes === null ? null : t.slaMinutes + ' min', when(t.openedAt), when(t.dueAt), minutes(t.minutesLeft)];
          }),
          function (i) { return s.open[i].breached ? 'breached' : ''; }));
        fill('first-response', table(
          [{ label: 'Intent' }, { label: 'Priority' }, { label: 'Replied', num: true }, { label: 'Median (min)', num: true }, { label: 'p90 (min)', num: true }, { label: 'Breaches', num: true }],
          s.firstResponse.map(function (f) { return [f.intent, f.priority, f.replied, f.medianMinutes, f.p90Minutes, f.breaches]; })));
      });
    },
    decisions: function () {
      var form = byId('search');
      var params = new URLSearchParams(window.location.search);
      ['ticket', 'requester', 'intent', 'level', 'rule'].forEach(function (name) { if (params.get(name)) form.elements[name].value = params.get(name); });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var query = new URLSearchParams();
        ['ticket', 'requester', 'intent', 'level', 'rule'].forEach(function (name) { var v = form.elements[name].value.trim(); if (v) query.set(name, v); });
        window.history.replaceState(null, '', '/dashboard/decisions' + (query.toString() ? '?' + query : ''));
        search(query).catch(function (e) { showStatus(e.message); });
      });
      return search(params);
    },
    rules: function () {
      return getJson(api + '?days=30').then(function (v) {
        var top = v.rules.slice(0, 15);
        barChart('chart-rules', top.map(function (r) { return r.id; }), { hits: top.map(function (r) { return r.hits; }) }, { hits: '#0072B2' }, true);
        fill('rules-table', table([{ label: 'Rule' }, { label: 'Fired', num: true }, { label: 'Last fired (hour)' }], v.rules.map(function (r) { return [r.id, r.hits, when(r.lastHour)]; })));
        fill('versions', table([{ label: 'Version' }, { label: 'First seen' }, { label: 'Last seen' }, { label: 'Decisions', num: true }],
          v.versions.map(function (x) { return [x.version, when(x.firstSeen), when(x.lastSeen), x.decisions]; })));
        var a = v.agreement;
        if (!a.enabled) { fill('agreement', el('p', { text: a.message })); return; }
        if (a.labelled === 0) { fill('agreement', el('p', { className: 'muted', text: 'No agent labels in this window yet: agents label tickets from the sidebar or with tags.' })); return; }
        var box = byId('agreement');
        box.textContent = '';
        box.appendChild(el('p', { className: 'figure', id: 'agreement-rate', text: percent(a.rate) }));
        box.appendChild(el('p', { text: a.agreed + ' of ' + a.labelled + ' agent labels agree with the decision.' }));
        var heads = [{ label: 'Labelled', num: true }, { label: 'Agreed', num: true }, { label: 'Agreement', num: true }];
        box.appendChild(el('div', { className: 'grid2' }, [
          el('div', { id: 'agreement-kinds' }, [table([{ label: 'Label kind' }].concat(heads), a.byKind.map(function (k) { return [k.kind, k.labelled, k.agreed, percent(k.rate)]; }))]),
          el('div', { id: 'agreement-intents' }, [table([{ label: 'Intent (agent)' }].concat(heads), a.byIntent.map(function (k) { return [k.intent, k.labelled, k.agreed, percent(k.rate)]; }))]),
        ]));
      });
    },
    incidents: function () {
      return getJson(api).then(function (r) {
        if (!r.available || r.incidents.length === 0) {
          fill('incidents', el('div', { className: 'empty', role: 'status' }, [el('h2', { text: 'No incidents to show' }), el('p', { text: r.message || 'No incidents recorded.' })]));
          return;
        }
        setText('h-incidents', 'Incidents (' + r.incidents.length + ')');
        fill('incidents', table(
          [{ label: 'Incident' }, { label: 'Entity' }, { label: 'Type' }, { label: 'Status' }, { label: 'Severity' }, { label: 'Tickets', num: true }, { label: 'First seen' }, { label: 'Last seen' }, { label: '' }],
          r.incidents.map(function (i) {
            var show = el('button', { type: 'button', 'aria-label': 'Show incident ' + i.id, text: 'Show' });
            show.addEventListener('click', function () { showIncident(i); });
            return [i.id, i.entity.label, i.entity.type, i.status, i.severity, i.ticketCount, when(i.firstSeen), when(i.lastSeen), show];
          }),
          function (k) { return 'severity-' + r.incidents[k].severity; }));
        // Alerts link to ?incident=INC-…: open that incident's detail.
        var wanted = new URLSearchParams(window.location.search).get('incident');
        var linked = r.incidents.filter(function (i) { return i.id === wanted; })[0];
        if (linked) showIncident(linked);
      });
    },
  };

  function search(params) {
    return getJson(api + (params.toString() ? '?' + params : '')).then(function (r) {
      setText('h-results', 'Results (' + r.decisions.length + ')');
      fill('results', table(
        [{ label: 'Decided' }, { label: 'Ticket' }, { label: 'Requester' }, { label: 'Intent' }, { label: 'Level' }, { label: 'Rules' }, { label: 'Outcome' }, { label: '' }],
        r.decisions.map(function (d) {
          var show = el('button', { type: 'button', 'aria-label': 'Show decision ' + d.id, text: 'Show' });
          show.addEventListener('click', function () { showDecision(d.id); });
          return [when(d.createdAt), d.source + ' #' + d.ticketId, d.requesterId, d.intent, d.level, d.firedRules.join(', '), d.outcome, show];
        })));
    });
  }

  // The note is riskdesk's own HTML; it is still rebuilt from an allowlist as DOM nodes, never assigned as HTML.
  var ALLOWED = { P: 1, B: 1, STRONG: 1, I: 1, EM: 1, UL: 1, OL: 1, LI: 1, BR: 1, SMALL: 1, H3: 1, H4: 1, CODE: 1 };
  function safeCopy(source, target) {
    source.childNodes.forEach(function (child) {
      if (child.nodeType === 3) target.appendChild(document.createTextNode(child.textContent));
      else if (child.nodeType === 1 && child.tagName !== 'SCRIPT' && child.tagName !== 'STYLE') {
        var copy = ALLOWED[child.tagName] ? document.createElement(child.tagName.toLowerCase()) : document.createElement('span');
        safeCopy(child, copy);
        target.appendChild(copy);
      }
    });
  }

  function showDecision(id) {
    return getJson(api + '/' + encodeURIComponent(id)).then(function (d) {
      var plan = d.writePlan;
      var items = [['Ticket', d.source + ' #' + d.ticketId], ['Intent', d.intent], ['Risk', (d.level || '—') + ' ' + (d.score === null ? '' : d.score)], ['Crisis', d.crisis ? 'yes' : 'no'],
        ['Rules', (d.rulesVersion || '—') + ': ' + (d.firedRules.join(', ') || 'none')], ['Outcome', d.outcome + (d.outcomeDetail ? ' (' + d.outcomeDetail + ')' : '')]];
      if (plan) {
        items.push(['Priority', plan.priority], ['Route', plan.route.name ? plan.route.name + ' → ' + (plan.route.id || 'unmapped') : 'none'],
          ['Tags', plan.tags.join(', ') || 'none'], ['Macros', plan.macros.map(function (m) { return m.name + ' → ' + (m.id || 'unmapped'); }).join(', ') || 'none'],
          ['Fields', Object.keys(plan.fields).map(function (k) { return k + ' = ' + plan.fields[k]; }).join(', ') || 'none']);
      }
      var dl = el('dl', { className: 'plan' });
      items.forEach(function (pair) { dl.appendChild(el('dt', { text: pair[0] })); dl.appendChild(el('dd', { text: pair[1] === null || pair[1] === undefined ? '—' : String(pair[1]) })); });
      var parts = [el('h3', { text: 'Decision ' + d.id }), dl];
      if (plan) {
        var note = el('div', { className: 'note', id: 'note' });
        safeCopy(new DOMParser().parseFromString(plan.note.html, 'text/html').body, note);
        parts.push(el('h3', { text: 'Note' }), note, el('details', {}, [el('summary', { text: 'Note HTML as written' }), el('pre', { text: plan.note.html })]));
      } else {
        parts.push(el('p', { className: 'muted', text: 'No write plan was kept for this decision.' }));
      }
      var box = byId('detail');
      box.textContent = '';
      parts.forEach(function (p) { box.appendChild(p); });
    }).catch(function (e) { showStatus(e.message); });
  }

  // How a resolved incident ended: the server words it (endingLabel, the CLI's words from
  // src/incidents/ending.ts) so the two never drift; the page only capitalises it and shows the time
  // in the reader's time zone. Open incidents get no rows; a time not recorded gets no "Ended at".
  function endingRows(i) {
    if (i.status === 'open') return [];
    // An answer without the label (not expected: page and API ship together) shows the stored reason as is.
    var label = i.endingLabel || i.resolvedReason || i.status;
    var rows = [['Ended', label.charAt(0).toUpperCase() + label.slice(1)]];
    if (i.resolvedAt) rows.push(['Ended at', when(i.resolvedAt)]);
    return rows;
  }

  function showIncident(i) {
    var dl = el('dl', { className: 'plan' });
    [['Entity', i.entity.label + ' (' + i.entity.type + ')'], ['Status', i.status], ['Severity', i.severity], ['Tickets', String(i.ticketCount)],
      ['First seen', when(i.firstSeen)], ['Last seen', when(i.lastSeen)]].concat(endingRows(i)).forEach(function (pair) {
      dl.appendChild(el('dt', { text: pair[0] })); dl.appendChild(el('dd', { text: pair[1] }));
    });
    var list = el('ul', { className: 'tickets' }, i.tickets.map(function (t) {
      return el('li', {}, [el('a', { href: '/dashboard/decisions?ticket=' + encodeURIComponent(t.ticket), text: t.source + ' #' + t.ticket })]);
    }));
    var box = byId('incident-detail');
    box.textContent = '';
    [el('h3', { text: 'Incident ' + i.id }), dl, el('h3', { text: 'Member tickets' }), i.tickets.length ? list : el('p', { className: 'muted', text: 'No member tickets recorded.' })]
      .forEach(function (p) { box.appendChild(p); });
  }

  var render = RENDER[page];
  if (!render) return;
  render().then(function () {
    document.body.setAttribute('data-ready', 'true');
  }).catch(function (error) {
    showStatus('Could not load this page: ' + error.message);
    document.body.setAttribute('data-ready', 'error');
  });
})();
