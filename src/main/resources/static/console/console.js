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

// Alert countdowns: the server wrote "due in 1 h 20 min"; this keeps counting, with the server's words
// (#countdown-words) and its clock at drawing time, in whole minutes rounded as on the server (Countdown).
(function () {
  'use strict';
  var words = document.getElementById('countdown-words');
  if (!words) return;
  var drawn = Date.parse(words.getAttribute('data-now')), since = Date.now();
  if (isNaN(drawn)) return;
  function w(name, n) { return words.getAttribute('data-' + name).replace('{0}', n); }
  function span(ms, up) {
    var m = Math.max(1, up ? Math.ceil(ms / 60000) : Math.floor(ms / 60000)), d = Math.floor(m / 1440), h = Math.floor(m % 1440 / 60), min = m % 60;
    if (d > 0) return w('days', d) + (h > 0 ? ' ' + w('hours', h) : '');
    if (h > 0) return w('hours', h) + (min > 0 ? ' ' + w('minutes', min) : '');
    return w('minutes', min);
  }
  function tick() {
    var now = drawn + (Date.now() - since);
    document.querySelectorAll('time.countdown[datetime]').forEach(function (t) {
      var left = Date.parse(t.getAttribute('datetime')) - now, over = left <= 0;
      var text = w(over ? 'over' : 'in', span(Math.abs(left), !over));
      if (t.textContent !== text) t.textContent = text;
      t.classList.toggle('overdue', over);
    });
  }
  tick();
  setInterval(tick, 15000);
})();
