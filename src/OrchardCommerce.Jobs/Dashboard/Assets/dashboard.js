// Jobs dashboard: confirmation for destructive buttons and the live graph. No inline script (the page's CSP
// forbids it), no libraries, nothing loaded from elsewhere.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var MINUTES = 60, W = 720, H = 220, LEFT = 40, RIGHT = 10, TOP = 10, BOTTOM = 24;

  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function minuteKey(date) { return date.toISOString().slice(0, 16); }

  // One point per minute of the last hour; minutes without a bucket count zero.
  function series(stats) {
    var byMinute = {};
    (stats.lastHour || []).forEach(function (b) { byMinute[minuteKey(new Date(b.minuteUtc))] = b; });
    var now = new Date(stats.nowUtc);
    now.setUTCSeconds(0, 0);
    var points = [];
    for (var i = MINUTES - 1; i >= 0; i--) {
      var minute = new Date(now.getTime() - i * 60000);
      var b = byMinute[minuteKey(minute)] || { succeeded: 0, failed: 0 };
      points.push({ minute: minute, succeeded: b.succeeded, failed: b.failed });
    }
    return points;
  }

  function draw(svg, stats) {
    var points = series(stats);
    var peak = Math.max.apply(null, points.map(function (p) { return Math.max(p.succeeded, p.failed); }));
    // An even maximum keeps the half-way gridline on a whole number (a peak of 1 labelled 0, 1, 1 otherwise).
    var max = Math.max(2, peak + (peak % 2));
    var x = function (i) { return LEFT + i * (W - LEFT - RIGHT) / (MINUTES - 1); };
    var y = function (v) { return TOP + (H - TOP - BOTTOM) * (1 - v / max); };
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    [0, 0.5, 1].forEach(function (f) {
      svg.appendChild(el("line", { "class": "grid", x1: LEFT, x2: W - RIGHT, y1: y(max * f), y2: y(max * f) }));
      svg.appendChild(el("text", { "class": "axis", x: LEFT - 6, y: y(max * f) + 4, "text-anchor": "end" }, String(Math.round(max * f))));
    });
    [[0, "-60 min"], [30, "-30 min"], [MINUTES - 1, "now"]].forEach(function (t) {
      svg.appendChild(el("text", { "class": "axis", x: x(t[0]), y: H - 6, "text-anchor": t[0] === 0 ? "start" : t[0] === MINUTES - 1 ? "end" : "middle" }, t[1]));
    });
    var line = function (key) { return points.map(function (p, i) { return x(i).toFixed(1) + "," + y(p[key]).toFixed(1); }).join(" "); };
    svg.appendChild(el("polygon", { "class": "area-succeeded", points: x(0) + "," + y(0) + " " + line("succeeded") + " " + x(MINUTES - 1) + "," + y(0) }));
    svg.appendChild(el("polyline", { "class": "succeeded", points: line("succeeded") }));
    svg.appendChild(el("polyline", { "class": "failed", points: line("failed") }));
    var step = (W - LEFT - RIGHT) / (MINUTES - 1);
    points.forEach(function (p, i) {
      var hit = el("rect", { "class": "hit", x: x(i) - step / 2, y: TOP, width: step, height: H - TOP - BOTTOM });
      hit.appendChild(el("title", {}, p.minute.toISOString().slice(11, 16) + " UTC: " + p.succeeded + " succeeded, " + p.failed + " failed"));
      svg.appendChild(hit);
    });
  }

  function updateCounters(stats) {
    Object.keys(stats.byState || {}).forEach(function (state) {
      var node = document.querySelector('[data-count="' + state + '"]');
      if (node) node.textContent = String(stats.byState[state]);
    });
  }

  function start() {
    var svg = document.getElementById("graph");
    if (!svg) return;
    var status = document.getElementById("graph-status");
    draw(svg, JSON.parse(svg.getAttribute("data-stats")));
    var timer = window.setInterval(function () {
      fetch(svg.getAttribute("data-src"), { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          if (response.status === 401) { window.clearInterval(timer); status.textContent = "signed out: reload to sign in"; return null; }
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (stats) {
          if (!stats) return;
          draw(svg, stats); updateCounters(stats);
          status.textContent = "updated " + new Date().toLocaleTimeString();
        })
        .catch(function (error) { status.textContent = "refresh failed (" + error.message + "), retrying"; });
    }, 5000);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
