// Demo sign-in: the start-up log prints /dashboard/login#token=… ; the fragment never reaches the
// server or its logs. Fill the form from it, drop it from the address bar, and sign in.
(function () {
  'use strict';
  var match = /^#token=(.+)$/.exec(window.location.hash);
  if (!match) return;
  var input = document.getElementById('token');
  var form = document.getElementById('login-form');
  if (!input || !form) return;
  input.value = decodeURIComponent(match[1]);
  window.history.replaceState(null, '', window.location.pathname);
  form.submit();
})();
