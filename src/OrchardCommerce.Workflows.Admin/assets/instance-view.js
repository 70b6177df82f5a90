// Draws one process instance on its BPMN diagram with the vendored bpmn-js NavigatedViewer (global BpmnJS).
// Markup (the admin page, served under a nonce CSP; this file has no inline code, eval or inline handlers):
//   <meta name="csrf-token" content="…">
//   <div class="oc-instance-view" data-xml-url="…" data-progress-url="…" data-retry-url="…"></div>
// The progress JSON: { active: [{elementId, count}], completed: [elementId], takenFlows: [flowId],
//   incidents: [{elementId, incidentKey, errorType, errorMessage}] }.
// Retry POSTs {"incidentKey": "…"} as JSON to data-retry-url with the token in X-CSRF-TOKEN, then reloads progress.
// The container's data-state becomes "ready" or "error" (tests and the page can wait on it).
(function () {
  'use strict';

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  async function fetchOk(url, init) {
    var response = await fetch(url, Object.assign({ credentials: 'same-origin' }, init));
    if (!response.ok) throw new Error((init && init.method || 'GET') + ' ' + url + ': HTTP ' + response.status);
    return response;
  }

  function InstanceView(container) {
    this.container = container;
    this.status = element('div', 'oc-instance-status');
    this.status.setAttribute('role', 'status');
    this.canvasHost = element('div', 'oc-instance-canvas');
    container.append(this.canvasHost, this.status);
    this.viewer = new window.BpmnJS({ container: this.canvasHost });
    this.markers = [];
  }

  InstanceView.prototype.loadAsync = async function () {
    var data = this.container.dataset;
    var results = await Promise.all([fetchOk(data.xmlUrl).then(function (r) { return r.text(); }), this.fetchProgressAsync()]);
    var imported = await this.viewer.importXML(results[0]);
    // Warnings mean parts of the diagram were dropped; draw what we have but say so.
    if (imported.warnings.length) console.warn('bpmn-js import warnings', imported.warnings);
    this.apply(results[1]);
    this.viewer.get('canvas').zoom('fit-viewport', 'auto');
  };

  InstanceView.prototype.fetchProgressAsync = async function () {
    return (await fetchOk(this.container.dataset.progressUrl, { headers: { Accept: 'application/json' } })).json();
  };

  InstanceView.prototype.apply = function (progress) {
    var canvas = this.viewer.get('canvas');
    var overlays = this.viewer.get('overlays');
    var registry = this.viewer.get('elementRegistry');
    this.markers.forEach(function (m) { canvas.removeMarker(m[0], m[1]); });
    this.markers = [];
    overlays.remove({ type: 'oc-progress' });
    var self = this;
    // Ids the diagram does not know (another version, a multi-instance body) are skipped, not fatal.
    function mark(id, marker) {
      if (!registry.get(id)) return false;
      canvas.addMarker(id, marker);
      self.markers.push([id, marker]);
      return true;
    }
    (progress.completed || []).concat(progress.takenFlows || []).forEach(function (id) { mark(id, 'oc-completed'); });
    (progress.active || []).forEach(function (a) {
      if (mark(a.elementId, 'oc-active'))
        overlays.add(a.elementId, 'oc-progress', { position: { top: -12, right: 12 }, html: element('span', 'oc-count', a.count) });
    });
    (progress.incidents || []).forEach(function (incident) {
      if (mark(incident.elementId, 'oc-incident'))
        overlays.add(incident.elementId, 'oc-progress', { position: { bottom: -24, left: 0 }, html: self.incidentBox(incident) });
    });
  };

  InstanceView.prototype.incidentBox = function (incident) {
    var box = element('div', 'oc-incident-overlay');
    box.append(element('strong', 'oc-incident-type', incident.errorType), element('p', 'oc-incident-message', incident.errorMessage));
    var button = element('button', 'oc-retry', 'Retry');
    button.type = 'button';
    button.dataset.incidentKey = incident.incidentKey;
    var self = this;
    button.addEventListener('click', function () { self.retryAsync(incident.incidentKey, button); });
    box.append(button);
    return box;
  };

  InstanceView.prototype.retryAsync = async function (incidentKey, button) {
    var token = document.querySelector('meta[name="csrf-token"]');
    button.disabled = true;
    button.textContent = 'Retrying\u2026';
    try {
      await fetchOk(this.container.dataset.retryUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token ? token.content : '' },
        body: JSON.stringify({ incidentKey: incidentKey }),
      });
      this.apply(await this.fetchProgressAsync());
      this.say('Retry requested for incident ' + incidentKey + '.');
    } catch (error) {
      button.disabled = false;
      button.textContent = 'Retry';
      this.say('Retry failed: ' + error.message, true);
    }
  };

  InstanceView.prototype.say = function (text, isError) {
    this.status.textContent = text;
    this.status.classList.toggle('oc-instance-error', !!isError);
  };

  function start(container) {
    var view;
    try { view = new InstanceView(container); } catch (error) { return fail(error); }
    view.loadAsync().then(function () { container.dataset.state = 'ready'; }, fail);
    function fail(error) {
      container.dataset.state = 'error';
      if (view) view.say('Cannot show this instance: ' + error.message, true);
      else container.textContent = 'Cannot show this instance: ' + error.message;
      console.error(error);
    }
  }

  function startAll() {
    document.querySelectorAll('[data-xml-url][data-progress-url]').forEach(start);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  else startAll();
})();
