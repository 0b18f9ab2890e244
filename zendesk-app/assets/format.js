/* riskdesk sidebar: plain formatting helpers (no DOM, no ZAF). Mirrors src/sidebar/format.ts. */
(function (root) {
  'use strict';

  function money(cents, currency) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency }).format(cents / 100);
    } catch {
      return (cents / 100).toFixed(2) + ' ' + currency;
    }
  }

  function percent(rate) {
    return Math.round(rate * 100) + '%';
  }

  /* 2026-11-25T12:50:27Z -> 2026-11-25 12:50 UTC */
  function time(iso) {
    if (!iso) return '—';
    var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(String(iso));
    return m ? m[1] + ' ' + m[2] + ' UTC' : String(iso);
  }

  function humanize(code) {
    return String(code).replace(/_/g, ' ');
  }

  function verification(v) {
    var done = ['email', 'phone', 'id'].filter(function (k) { return v && v[k]; });
    return done.length ? done.join(', ') + ' verified' : 'nothing verified';
  }

  function shipping(order) {
    if (order.deliveredAt) return 'delivered ' + time(order.deliveredAt);
    if (order.shippedAt) return 'shipped ' + time(order.shippedAt) + ', not delivered';
    return 'not shipped (ordered ' + time(order.createdAt) + ')';
  }

  function plural(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  /* Evidence values: ISO timestamps shortened, everything else as text. */
  function evidence(ev) {
    return Object.keys(ev || {}).map(function (k) {
      var v = ev[k];
      return humanize(k) + ': ' + (/^\d{4}-\d{2}-\d{2}T/.test(String(v)) ? time(v) : String(v));
    }).join(' · ');
  }

  var ACTIONS_HEADINGS = {
    taken: 'Actions taken',
    shadow: 'Actions: shadow — nothing written',
    failed: 'Actions: write-back failed — not confirmed written',
    proposed: 'Actions riskdesk would take'
  };

  /* Never says "taken" when nothing was written (shadow mode, failed write-back, preview). */
  function actionsHeading(view) {
    var status = view.actionsStatus || (view.status === 'decided' ? 'taken' : 'proposed');
    return Object.prototype.hasOwnProperty.call(ACTIONS_HEADINGS, status) ? ACTIONS_HEADINGS[status] : ACTIONS_HEADINGS.proposed;
  }

  root.riskdeskFormat = {
    money: money, percent: percent, plural: plural, time: time, humanize: humanize,
    verification: verification, shipping: shipping, evidence: evidence, actionsHeading: actionsHeading
  };
})(window);
