/* riskdesk sidebar: ContextView -> DOM. Every value goes through textContent, never parsed as HTML. */
(function (root) {
  'use strict';
  var f = root.riskdeskFormat;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function section(title, testId) {
    var box = el('section');
    box.setAttribute('data-testid', testId);
    box.appendChild(el('h2', null, title));
    return box;
  }

  function facts(rows) {
    var dl = el('dl', 'facts');
    rows.forEach(function (row) {
      if (!row || row[1] === null || row[1] === undefined || row[1] === '') return;
      dl.appendChild(el('dt', null, row[0]));
      var dd = el('dd', row[2] || null, row[1]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function partyCard(p, testId) {
    var card = el('div', 'card');
    card.setAttribute('data-testid', testId);
    card.appendChild(el('div', 'card-title', '@' + p.username + ' · ' + p.roles.join(', ')));
    var b = p.buyer;
    var s = p.seller;
    var e = p.enforcements;
    card.appendChild(facts([
      ['User id', p.userId],
      ['Email', p.maskedEmail],
      ['Status', p.status + (p.isSeller ? ' · seller' : ''), 'status-' + p.status],
      ['Risk', p.score + '/100 · ' + p.level],
      ['Account', p.ageDays + ' days' + (p.country ? ' · ' + p.country : '')],
      ['Verified', f.verification(p.verification)],
      ['Buyer', [f.plural(b.orders, 'order'), f.plural(b.refunds, 'refund'), f.plural(b.chargebacks, 'chargeback')].join(' · ') + ' (' + b.windowDays + 'd)'],
      ['Claims', b.claimsOpened + ' opened (' + b.claimsWon + ' won, ' + b.claimsLost + ' lost) · ' + f.percent(b.claimRate)],
      s ? ['Seller', f.plural(s.orders, 'order') + ' · ' + s.unshippedOver3Days + ' unshipped >3d · INR ' + f.percent(s.inrRate) + ' · SNAD ' + f.percent(s.snadRate)] : null,
      ['Enforced', e.count ? e.count + ' (last: ' + e.last.action + ', ' + f.time(e.last.at) + ')' : 'none'],
      p.recentEvents.length ? ['Last 48h', p.recentEvents.map(function (ev) { return f.humanize(ev.type) + (ev.newDevice ? ' (new device)' : ''); }).join(', ')] : null
    ]));
    return card;
  }

  function headline(view) {
    var box = el('div');
    var line = el('div', 'headline');
    var badge = el('span', 'badge level-' + view.risk.level, view.risk.level + ' ' + view.risk.score + '/100');
    badge.setAttribute('data-testid', 'risk-badge');
    badge.setAttribute('aria-label', 'Risk ' + view.risk.level + ', score ' + view.risk.score + ' of 100');
    line.appendChild(badge);
    line.appendChild(el('span', 'muted', f.humanize(view.intent) + ' · ' + (view.status === 'decided' ? 'decided' : 'preview, not decided yet')));
    box.appendChild(line);
    return box;
  }

  var SOURCE_LABEL = { local: 'local detector', provider: 'provider second opinion' };
  var BASIS_LABEL = { requester: "requester's country", locale: "ticket's locale", none: 'country unknown' };

  function helplines(choice) {
    var box = el('div', 'helplines');
    box.setAttribute('data-testid', 'helplines');
    var where = choice.country ? choice.name + ' (' + choice.country + ', ' + (BASIS_LABEL[choice.basis] || '') + ')' : choice.name;
    box.appendChild(el('div', 'card-title', 'Crisis lines — ' + where));
    var ul = el('ul');
    choice.lines.forEach(function (line) {
      var li = el('li');
      li.appendChild(el('span', null, line.name + ': '));
      li.appendChild(el('b', null, line.contact));
      if (line.hours) li.appendChild(el('span', 'muted', ' (' + line.hours + ')'));
      ul.appendChild(li);
    });
    if (choice.fallback) ul.appendChild(el('li', null, 'No crisis line on file for this country: ask which country they are in.'));
    if (choice.emergency) {
      var em = el('li');
      em.appendChild(el('span', null, 'Emergency: '));
      em.appendChild(el('b', null, choice.emergency));
      ul.appendChild(em);
    }
    box.appendChild(ul);
    return box;
  }

  /* First thing in the sidebar when a person may be in danger: crisis, or "read for safety first". */
  function safetyBanner(view) {
    if (!view.crisis && !view.crisisReview) return null;
    var category = view.crisisCategory ? ' (' + f.humanize(view.crisisCategory) + ')' : '';
    var banner = el('div', view.crisis ? 'crisis' : 'crisis review');
    banner.setAttribute('role', 'alert');
    banner.setAttribute('data-testid', view.crisis ? 'crisis-banner' : 'review-banner');
    banner.appendChild(el('div', 'banner-title', view.crisis
      ? 'Crisis signals' + category + ': follow the crisis protocol now.'
      : 'Read for safety first — possible danger' + category + '. Escalate to the crisis team yourself if the person is in danger now.'));
    view.crisisEvidence.forEach(function (ev) {
      var item = el('div', 'evidence');
      item.setAttribute('data-testid', 'safety-evidence');
      item.appendChild(el('q', null, ev.excerpt));
      item.appendChild(el('div', 'muted', f.humanize(ev.category || ev.kind) + ' · ' + ev.language + ' · ' + (SOURCE_LABEL[ev.source] || ev.source)));
      banner.appendChild(item);
    });
    if (view.helplines) banner.appendChild(helplines(view.helplines));
    if (view.safetyGuidance && view.safetyGuidance.length) {
      var guide = el('ul', 'guidance');
      guide.setAttribute('data-testid', 'safety-guidance');
      view.safetyGuidance.forEach(function (line) { guide.appendChild(el('li', null, line)); });
      banner.appendChild(guide);
    }
    return banner;
  }

  function reasons(view) {
    var box = section('Why', 'reasons');
    var ul = el('ul');
    view.risk.reasons.forEach(function (r) {
      var li = el('li');
      li.appendChild(el('span', 'weight', '+' + r.weight));
      li.appendChild(el('div', null, r.text));
      var who = r.partyUsername ? '@' + r.partyUsername : r.party;
      var ev = f.evidence(r.evidence);
      li.appendChild(el('div', 'muted', ev ? who + ' · ' + ev : who));
      ul.appendChild(li);
    });
    if (!view.risk.reasons.length) ul.appendChild(el('li', 'muted', 'No risk signals.'));
    box.appendChild(ul);
    return box;
  }

  function parties(view) {
    var frag = document.createDocumentFragment();
    var requester = view.parties.filter(function (p) { return p.roles.indexOf('requester') >= 0; })[0];
    var req = section('Requester', 'requester');
    if (requester) req.appendChild(partyCard(requester, 'requester-card'));
    else req.appendChild(el('p', 'muted', view.requesterNote || 'Requester not found in marketplace data.'));
    frag.appendChild(req);
    var others = view.parties.filter(function (p) { return p !== requester; });
    if (others.length) {
      var box = section('Other parties', 'counterparties');
      others.forEach(function (p) { box.appendChild(partyCard(p, 'party-card')); });
      frag.appendChild(box);
    }
    return frag;
  }

  function orders(view) {
    var box = section('Mentioned orders', 'orders');
    var ul = el('ul');
    view.orders.forEach(function (o) {
      var li = el('li');
      li.appendChild(el('div', 'card-title', '#' + o.id + ' · ' + o.title));
      li.appendChild(el('div', null, o.status + ' · ' + f.money(o.amountCents, o.currency) + ' · ' + f.shipping(o)));
      var extra = [];
      if (o.trackingNumber) extra.push((o.carrier || 'tracking') + ' ' + o.trackingNumber);
      o.disputes.forEach(function (d) { extra.push(d.type.toUpperCase() + ' dispute ' + d.status); });
      o.refunds.forEach(function (r) { extra.push('refund ' + f.money(r.amountCents, o.currency)); });
      if (extra.length) li.appendChild(el('div', 'muted', extra.join(' · ')));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function linked(view) {
    var box = section('Linked accounts', 'linked');
    var ul = el('ul');
    var names = Object.create(null);
    view.parties.forEach(function (p) { names[p.userId] = '@' + p.username; });
    view.linkedAccounts.forEach(function (l) {
      var li = el('li');
      li.appendChild(el('span', null, '@' + l.username + ' '));
      li.appendChild(el('span', 'status-' + l.status, l.status));
      li.appendChild(el('div', 'muted', 'shares ' + l.via.join(' + ') + ' with ' + (names[l.linkedTo] || l.linkedTo)));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function actions(view) {
    var a = view.actions;
    var box = section(f.actionsHeading(view), 'actions');
    box.appendChild(facts([
      ['Priority', a.priority], ['Route', a.route || 'none'], ['Tags', a.tags.join(', ') || 'none'],
      ['Macros', a.macros.join(', ') || 'none'], ['SLA', a.slaMinutes === null ? 'none' : a.slaMinutes + ' min']
    ]));
    return box;
  }

  function history(view) {
    var box = section('Recent decisions', 'history');
    var ul = el('ul');
    view.history.forEach(function (h) {
      var li = el('li');
      var what = h.level ? h.level.toUpperCase() + ' ' + h.score + ' · ' + f.humanize(h.intent || 'other') : 'no decision';
      li.appendChild(el('div', null, what + ' · ' + h.outcome));
      li.appendChild(el('div', 'muted', f.time(h.at) + ' · rules ' + (h.rulesVersion || 'n/a')));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  // The wave this ticket belongs to; Zendesk tickets open in the agent workspace through openTicket.
  function incident(view, openTicket) {
    var inc = view.incident;
    var box = section('Incident ' + inc.id, 'incident');
    var line = el('div', 'headline');
    line.appendChild(el('span', 'badge level-' + inc.severity, inc.severity));
    line.appendChild(el('span', 'muted', inc.status));
    box.appendChild(line);
    // A view from a server older than the field has no `ending` at all: shown like null, as no line.
    if (inc.ending) {
      var ended = el('p', 'muted', 'Ended: ' + inc.ending);
      ended.setAttribute('data-testid', 'incident-ending');
      box.appendChild(ended);
    }
    box.appendChild(el('p', null, inc.summary));
    if (inc.otherTickets.length) {
      var ul = el('ul');
      inc.otherTickets.forEach(function (t) {
        var li = el('li');
        if (t.source === 'zendesk' && openTicket) {
          var a = el('a', null, 'Ticket #' + t.ticket);
          a.href = '#';
          a.setAttribute('data-ticket-id', t.ticket);
          a.addEventListener('click', function (event) { event.preventDefault(); openTicket(t.ticket); });
          li.appendChild(a);
        } else {
          li.appendChild(el('span', null, (t.source === 'intercom' ? 'Intercom conversation ' : 'Ticket #') + t.ticket));
        }
        ul.appendChild(li);
      });
      if (inc.moreTickets) ul.appendChild(el('li', 'muted', inc.moreTickets + ' more'));
      box.appendChild(ul);
    }
    return box;
  }

  function renderView(container, view, options) {
    container.textContent = '';
    var banner = safetyBanner(view);
    if (banner) container.appendChild(banner);
    container.appendChild(headline(view));
    if (view.incident) container.appendChild(incident(view, options && options.openTicket));
    container.appendChild(reasons(view));
    container.appendChild(parties(view));
    if (view.orders.length) container.appendChild(orders(view));
    if (view.linkedAccounts.length) container.appendChild(linked(view));
    container.appendChild(actions(view));
    if (view.history.length) container.appendChild(history(view));
    var foot = 'Updated ' + f.time(view.generatedAt) + (view.truncated ? ' · some lists shortened' : '');
    container.appendChild(el('p', 'muted footer', foot));
  }

  root.riskdeskRender = { renderView: renderView };
})(window);
