/*
 * riskdesk sidebar: "Teach riskdesk" — the agent corrects the decision shown. Intent wrong? (a
 * picker of the 12 intents), Not a crisis, This is a crisis, Risk too high / too low, with an
 * optional comment. Each is POST /api/feedback through Zendesk's proxy (the token is the secure
 * setting, inserted server-side). Shown only for tickets riskdesk has decided.
 */
(function (root) {
  'use strict';
  var INTENTS = [
    'item_not_received', 'item_not_as_described', 'counterfeit', 'unauthorized_transaction', 'account_takeover',
    'chargeback_dispute', 'scam_off_platform', 'harassment', 'seller_payout', 'refund_request', 'account_access', 'other'
  ];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function humanize(name) {
    return String(name).replace(/_/g, ' ');
  }

  function button(label, testId) {
    var b = el('button', 'feedback-button', label);
    b.type = 'button';
    b.setAttribute('data-testid', testId);
    return b;
  }

  /** Renders the section into `container`; `send(body)` posts one label and resolves with riskdesk's answer. */
  function renderFeedback(container, view, send) {
    if (!view || view.status !== 'decided') return;
    var box = el('section', 'feedback');
    box.setAttribute('data-testid', 'feedback');
    box.appendChild(el('h2', null, 'Teach riskdesk'));

    var intentRow = el('div', 'feedback-row');
    var label = el('label', null, 'Intent wrong?');
    var picker = el('select');
    picker.setAttribute('data-testid', 'feedback-intent');
    picker.setAttribute('aria-label', 'The right intent');
    INTENTS.forEach(function (name) {
      var option = el('option', null, humanize(name));
      option.value = name;
      if (name === view.intent) option.selected = true;
      picker.appendChild(option);
    });
    label.appendChild(picker);
    intentRow.appendChild(label);
    var setIntent = button('Set intent', 'feedback-set-intent');
    intentRow.appendChild(setIntent);
    box.appendChild(intentRow);

    var row = el('div', 'feedback-row');
    var crisis = button('This is a crisis', 'feedback-crisis');
    var notCrisis = button('Not a crisis', 'feedback-not-crisis');
    var high = button('Risk too high', 'feedback-risk-too-high');
    var low = button('Risk too low', 'feedback-risk-too-low');
    [crisis, notCrisis, high, low].forEach(function (b) { row.appendChild(b); });
    box.appendChild(row);

    var comment = el('textarea', 'feedback-comment');
    comment.setAttribute('data-testid', 'feedback-comment');
    comment.setAttribute('aria-label', 'Comment (optional)');
    comment.setAttribute('maxlength', '1000');
    comment.placeholder = 'Comment (optional)';
    box.appendChild(comment);
    var status = el('p', 'muted feedback-status');
    status.setAttribute('data-testid', 'feedback-status');
    status.setAttribute('role', 'status');
    box.appendChild(status);

    var buttons = [setIntent, crisis, notCrisis, high, low];
    function submit(kind, extra, thanks) {
      var body = { kind: kind };
      if (extra) body.intent = extra;
      var text = comment.value.trim();
      if (text) body.comment = text;
      buttons.forEach(function (b) { b.disabled = true; });
      status.textContent = 'Sending…';
      send(body)
        .then(function () { status.textContent = thanks; })
        .catch(function (message) { status.textContent = 'Not recorded: ' + message; })
        .then(function () { buttons.forEach(function (b) { b.disabled = false; }); });
    }
    setIntent.addEventListener('click', function () { submit('intent', picker.value, 'Thanks: intent recorded as ' + humanize(picker.value) + '.'); });
    crisis.addEventListener('click', function () { submit('crisis', null, 'Thanks: recorded as a crisis. Similar wording is flagged from now on.'); });
    notCrisis.addEventListener('click', function () { submit('not_crisis', null, 'Thanks: recorded as not a crisis.'); });
    high.addEventListener('click', function () { submit('risk_too_high', null, 'Thanks: recorded as risk too high.'); });
    low.addEventListener('click', function () { submit('risk_too_low', null, 'Thanks: recorded as risk too low.'); });
    container.appendChild(box);
  }

  root.riskdeskFeedback = { renderFeedback: renderFeedback, INTENTS: INTENTS };
})(window);
