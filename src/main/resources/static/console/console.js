// Tocsin console: the only script of our own, and every page works without it. It says the date a
// replay slider points at while it moves (before the server answers), for sight and for screen readers.
(function () {
  'use strict';
  var DAY = 86400000;

  function label(slider) {
    var start = Date.parse(slider.getAttribute('data-start') + 'T00:00:00Z');
    if (isNaN(start)) return;
    var text = new Intl.DateTimeFormat(document.documentElement.lang || 'en',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(start + Number(slider.value) * DAY));
    slider.setAttribute('aria-valuetext', text);
    var output = document.getElementById(slider.getAttribute('data-output'));
    if (output) output.textContent = text;
  }

  document.addEventListener('input', function (event) {
    var t = event.target;
    if (t instanceof HTMLInputElement && t.type === 'range' && t.hasAttribute('data-start')) label(t);
  });
})();

// htmx requests ride on the session cookie: send the page's CSRF token with them (forms carry it as a field).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers['X-CSRF-TOKEN'] = meta.getAttribute('content');
});
