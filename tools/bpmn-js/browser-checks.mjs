// The chromium half of lint.mjs: each BPMN file imported by the vendored NavigatedViewer (no warnings, every DI
// element drawn, labels as rendered clear of shapes, edges and each other), and instance-view.js on order-fulfillment.
import { csrfToken } from './lint-server.mjs';

// Collects everything a page reports that a clean run must not have.
export async function watchedPageAsync(context, origin) {
  const page = await context.newPage();
  const problems = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`off-origin request: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('fail=1') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const finishAsync = async () => {
    problems.push(...(await page.evaluate(() => window.__csp)).map((v) => `CSP violation: ${v}`));
    await page.close();
    return problems;
  };
  return { page, problems, finishAsync };
}

export async function renderDiagramAsync(context, origin, name, screenshotPath) {
  const { page, problems, finishAsync } = await watchedPageAsync(context, origin);
  await page.goto(`${origin}/blank`);
  const result = await page.evaluate(async (url) => {
    const xml = await (await fetch(url)).text();
    const viewer = window.__viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    viewer.get('canvas').zoom(1);
    const drawn = viewer.get('elementRegistry').getAll().filter((e) => e.type !== 'label' && e.di).map((e) => e.id);
    return { warnings: warnings.map((w) => w.message), drawn, overlaps: labelOverlaps(viewer) };

    // Rendered label text boxes against shapes, edges and other labels.
    function labelOverlaps(v) {
      const registry = v.get('elementRegistry');
      const all = registry.getAll();
      const labels = all.filter((e) => e.type === 'label').map((l) => {
        const box = registry.getGraphics(l).querySelector('text').getBBox();
        return { l, x: l.x + box.x, y: l.y + box.y, w: box.width, h: box.height };
      });
      const shapes = all.filter((e) => e.type !== 'label' && !e.waypoints && e.parent);
      const hit = (a, b) => a.x < b.x + b.width && b.x < a.x + a.w && a.y < b.y + b.height && b.y < a.y + a.h;
      const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.width && a.y + a.h <= b.y + b.height;
      const out = [];
      for (const a of labels) {
        const owner = a.l.labelTarget;
        for (const s of shapes) if (s !== owner && hit(a, s) && !(s.type === 'bpmn:SubProcess' && inside(a, s))) out.push(`label of ${owner.id} overlaps ${s.id}`);
        for (const c of all.filter((e) => e.waypoints && e !== owner))
          for (let i = 1; i < c.waypoints.length; i++) {
            const [p, q] = [c.waypoints[i - 1], c.waypoints[i]];
            const seg = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x) || 0.1, height: Math.abs(p.y - q.y) || 0.1 };
            if (hit(a, seg)) { out.push(`label of ${owner.id} overlaps edge ${c.id}`); break; }
          }
        for (const b of labels) if (b !== a && b.l.labelTarget.id > owner.id && hit(a, { x: b.x, y: b.y, width: b.w, height: b.h })) out.push(`labels of ${owner.id} and ${b.l.labelTarget.id} overlap`);
      }
      return out;
    }
  }, `/bpmn/${name}.bpmn`);
  if (screenshotPath) {
    await page.evaluate(() => window.__viewer.get('canvas').zoom('fit-viewport'));
    await page.locator('#canvas').screenshot({ path: screenshotPath });
  }
  problems.push(...result.warnings.map((w) => `import warning: ${w}`), ...result.overlaps);
  return { problems: await finishAsync(), drawn: result.drawn };
}

export const fakeProgress = {
  active: [{ elementId: 'send-notification', count: 2 }, { elementId: 'not-in-this-diagram', count: 1 }],
  completed: ['start', 'join-start', 'verify-payment', 'payment-status', 'join-confirmed', 'reserve-inventory'],
  takenFlows: ['flow-start', 'flow-verify-payment', 'flow-payment-status', 'flow-payment-confirmed-directly', 'flow-reserve-inventory', 'flow-send-notification'],
  incidents: [{ elementId: 'send-notification', incidentKey: '2251799813685249', errorType: 'JOB_NO_RETRIES', errorMessage: 'SMTP relay refused <b>the</b> message' }],
};

export async function checkInstanceViewAsync(context, server, screenshotPath) {
  const { page, problems, finishAsync } = await watchedPageAsync(context, server.origin);
  const fail = (m) => problems.push(m);
  const has = (id, cls) => page.evaluate(([i, c]) => !!document.querySelector(`.djs-element[data-element-id="${i}"]`)?.classList.contains(c), [id, cls]);
  await page.goto(`${server.origin}/view`);
  await page.waitForSelector('.oc-instance-view[data-state]');
  const state = await page.getAttribute('.oc-instance-view', 'data-state');
  if (state !== 'ready') {
    fail(`instance view state ${state}: ${await page.textContent('.oc-instance-status')}`);
    return finishAsync();
  }
  for (const id of [...fakeProgress.completed, ...fakeProgress.takenFlows]) if (!(await has(id, 'oc-completed'))) fail(`${id} lacks oc-completed`);
  for (const cls of ['oc-active', 'oc-incident']) if (!(await has('send-notification', cls))) fail(`send-notification lacks ${cls}`);
  if (await has('complete-order', 'oc-completed') || await has('cancel-order', 'oc-active')) fail('markers on elements the progress does not name');
  const overlay = '.djs-overlays[data-container-id="send-notification"]';
  if ((await page.textContent(`${overlay} .oc-count`)) !== '2') fail('active count overlay missing or wrong');
  const message = await page.textContent(`${overlay} .oc-incident-message`);
  if (message !== fakeProgress.incidents[0].errorMessage) fail(`incident message rendered as ${message}`);
  if (await page.locator(`${overlay} .oc-incident-message b`).count()) fail('incident message was parsed as HTML');
  const fitted = await page.evaluate(() => {
    const host = document.querySelector('.oc-instance-canvas').getBoundingClientRect();
    const drawn = document.querySelector('.oc-instance-canvas .viewport').getBoundingClientRect();
    return drawn.width > host.width * 0.6 && drawn.left >= host.left - 1 && drawn.right <= host.right + 1 && drawn.top >= host.top - 1 && drawn.bottom <= host.bottom + 1;
  });
  if (!fitted) fail('diagram not fitted to the viewport');
  if (!(await page.isVisible('.bjs-powered-by'))) fail('bpmn.io watermark not visible (licence)');

  if (screenshotPath) await page.locator('.oc-instance-view').screenshot({ path: screenshotPath });
  await page.click(`${overlay} .oc-retry`);
  await page.waitForFunction(() => !document.querySelector('.djs-element[data-element-id="send-notification"]').classList.contains('oc-incident'));
  const [retry] = server.retries;
  if (server.retries.length !== 1 || retry.token !== csrfToken || !retry.type?.startsWith('application/json')
    || JSON.parse(retry.body).incidentKey !== fakeProgress.incidents[0].incidentKey) fail(`retry request was ${JSON.stringify(server.retries)}`);
  if (!(await has('send-notification', 'oc-active')) || await page.locator('.oc-incident-overlay').count()) fail('progress not re-applied after retry');
  return finishAsync();
}

// The error path: progress answers 500, the container says so instead of throwing.
export async function checkInstanceViewErrorAsync(context, server) {
  const { page, problems, finishAsync } = await watchedPageAsync(context, server.origin);
  await page.goto(`${server.origin}/view?progress=fail`);
  await page.waitForSelector('.oc-instance-view[data-state]');
  const out = [];
  if ((await page.getAttribute('.oc-instance-view', 'data-state')) !== 'error') out.push('a failed progress fetch did not set data-state="error"');
  if (!/HTTP 500/.test(await page.textContent('.oc-instance-status'))) out.push('the status line does not explain the failure');
  await finishAsync();
  // The one expected complaint is the console.error of the failure itself.
  return [...out, ...problems.filter((p) => !/console error: (Error: GET \/progress|Failed to load resource)/.test(p))];
}
