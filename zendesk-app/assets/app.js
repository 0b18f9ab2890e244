/*
 * riskdesk sidebar: reads the open ticket's id through the ZAF client and fetches its context
 * through client.request (Zendesk's proxy). The bearer token is the secure setting
 * {{setting.sidebar_token}}: Zendesk's proxy inserts it server-side, this code never sees it.
 */
(function (root) {
  'use strict';
  var client = ZAFClient.init();
  var stateEl = document.getElementById('state');
  var content = document.getElementById('content');
  var refresh = document.getElementById('refresh');
  var baseUrl = null;

  function fit() {
    var height = Math.min(Math.max(document.documentElement.scrollHeight, 80), 2400);
    client.invoke('resize', { width: '100%', height: height + 'px' });
  }

  function showState(kind, message) {
    stateEl.className = 'state' + (kind ? ' ' + kind : '');
    stateEl.textContent = message;
    stateEl.setAttribute('data-state', kind || 'loading');
    if (kind) content.textContent = '';
    fit();
  }

  // riskdesk answers errors as {"error":{"code":"…","message":"…"}}.
  function serverMessage(body) {
    var error = body && body.error;
    if (error && typeof error.message === 'string') return error.message;
    return typeof error === 'string' ? error : '';
  }

  function errorMessage(err) {
    var status = err && err.status;
    var message = serverMessage(err && err.responseJSON);
    if (status === 401) return 'riskdesk rejected the sidebar token. An admin should check the app\'s "Sidebar token" setting.';
    if (status === 429) return 'Too many refreshes: wait a minute and try again.';
    if (status === 503 && message) return 'riskdesk is unavailable (' + message + ').';
    if (status >= 400 && message) return 'riskdesk answered ' + status + ': ' + message;
    return 'Could not reach riskdesk. Check the "riskdesk URL" setting, then Refresh.';
  }

  function settingsUrl() {
    if (baseUrl) return Promise.resolve(baseUrl);
    return client.metadata().then(function (meta) {
      var url = String((meta && meta.settings && meta.settings.riskdesk_url) || '').replace(/\/+$/, '');
      if (!/^https?:\/\//.test(url)) throw { status: 0, config: true };
      baseUrl = url;
      return url;
    });
  }

  function fetchView(ticketId) {
    return settingsUrl().then(function (url) {
      return client.request({
        url: url + '/api/context?source=zendesk&ticket=' + encodeURIComponent(ticketId),
        type: 'GET',
        dataType: 'json',
        headers: { Authorization: 'Bearer {{setting.sidebar_token}}' },
        secure: true,
        cors: false
      });
    });
  }

  // "Teach riskdesk": one label per click, as the agent viewing the ticket.
  function sendFeedback(ticketId, body) {
    return Promise.all([settingsUrl(), client.get('currentUser.id')]).then(function (got) {
      var agent = got[1] && got[1]['currentUser.id'];
      var payload = { source: 'zendesk', ticket: ticketId, agent: String(agent), kind: body.kind };
      if (body.intent) payload.intent = body.intent;
      if (body.comment) payload.comment = body.comment;
      return client.request({
        url: got[0] + '/api/feedback',
        type: 'POST',
        contentType: 'application/json',
        data: JSON.stringify(payload),
        dataType: 'json',
        headers: { Authorization: 'Bearer {{setting.sidebar_token}}' },
        secure: true,
        cors: false
      });
    }).catch(function (err) {
      throw errorMessage(err);
    });
  }

  function load() {
    refresh.disabled = true;
    showState(null, 'Loading risk context…');
    client.get('ticket.id')
      .then(function (data) {
        var id = data && data['ticket.id'];
        if (!id) throw { status: 0, noTicket: true };
        return fetchView(String(id)).then(function (view) {
          return { id: String(id), view: view };
        });
      })
      .then(function (loaded) {
        var view = loaded.view;
        root.riskdeskRender.renderView(content, view, { openTicket: function (id) { client.invoke('routeTo', 'ticket', id); } });
        root.riskdeskFeedback.renderFeedback(content, view, function (body) { return sendFeedback(loaded.id, body); });
        showState(null, '');
      })
      .catch(function (err) {
        if (err && err.status === 404) showState('empty', 'No riskdesk context for this ticket yet. It appears once riskdesk has seen the ticket.');
        else if (err && err.config) showState('error', 'The "riskdesk URL" setting is missing or not an http(s) URL. An admin should fix it in the app settings.');
        else if (err && err.noTicket) showState('empty', 'Open a saved ticket to see its risk context.');
        else if (err instanceof Error) showState('error', 'This panel could not show riskdesk\'s answer (' + err.message + '). Refresh to retry.');
        else showState('error', errorMessage(err));
      })
      .then(function () {
        refresh.disabled = false;
        fit();
      });
  }

  refresh.addEventListener('click', load);
  client.on('app.registered', fit);
  load();
})(window);
