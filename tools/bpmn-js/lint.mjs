// Lints every bpmn/*.bpmn file and the vendored viewer. Static: bpmn-moddle + zeebe-bpmn-moddle parse without
// warnings, references, Zeebe extensions, the engine's BPMN subset and the diagram layout (model-checks.mjs,
// diagram-checks.mjs), and bpmn/README.md naming every job type and message. In headless chromium (/usr/bin/chromium
// through playwright-core, no browser download): the NavigatedViewer imports each file without warnings and its
// labels are clear, and instance-view.js marks a fake instance of order-fulfillment under a strict CSP.
// Usage: node lint.mjs [--screenshots DIR]   (run build.sh first; CHROMIUM overrides the browser path)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkModel } from './model-checks.mjs';
import { checkDiagram } from './diagram-checks.mjs';
import { checkInstanceViewAsync, checkInstanceViewErrorAsync, fakeProgress, renderDiagramAsync } from './browser-checks.mjs';
import { startServerAsync } from './lint-server.mjs';

const bpmnDir = new URL('../../bpmn/', import.meta.url).pathname;
const shots = process.argv.includes('--screenshots') ? process.argv[process.argv.indexOf('--screenshots') + 1] : null;
const names = readdirSync(bpmnDir).filter((f) => f.endsWith('.bpmn')).map((f) => f.slice(0, -5)).sort();
let passed = 0, failed = 0;
const report = (name, problems, note) => {
  if (problems.length) { failed++; console.log(`FAIL ${name}\n  ${problems.join('\n  ')}`); }
  else { passed++; console.log(`ok   ${name}${note ? `: ${note}` : ''}`); }
};

const readme = readFileSync(join(bpmnDir, 'README.md'), 'utf8');
const models = new Map();
for (const name of names) {
  const model = await checkModel(join(bpmnDir, `${name}.bpmn`));
  models.set(name, model);
  const nodes = model.nodes.map((n) => n.e);
  const jobTypes = nodes.flatMap((e) => e.extensionElements?.values ?? []).filter((v) => v.$type === 'zeebe:TaskDefinition').map((v) => v.type);
  const messages = model.defs.rootElements.filter((r) => r.$type === 'bpmn:Message').map((m) => m.name);
  const undocumented = [...jobTypes, ...messages].filter((t) => !readme.includes(`\`${t}\``)).map((t) => `bpmn/README.md does not mention \`${t}\``);
  report(`${name}.bpmn model`, [...model.problems, ...checkDiagram(model), ...undocumented],
    `${nodes.length} elements, job types ${jobTypes.join(', ')}${messages.length ? `; messages ${messages.join(', ')}` : ''}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
const server = await startServerAsync(fakeProgress);
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  for (const name of names) {
    const { problems, drawn } = await renderDiagramAsync(context, server.origin, name, shots && join(shots, `${name}.png`));
    const expected = models.get(name).defs.diagrams[0].plane.planeElement.map((d) => d.bpmnElement?.id);
    problems.push(...expected.filter((id) => !drawn.includes(id)).map((id) => `bpmn-js did not draw ${id}`));
    report(`${name}.bpmn in bpmn-js`, problems, `${drawn.length} elements drawn, no import warnings`);
  }
  report('instance-view.js on order-fulfillment', await checkInstanceViewAsync(context, server, shots && join(shots, 'instance-view.png')),
    'markers, count and incident overlays, retry POST with CSRF header, no console errors or CSP violations');
  report('instance-view.js when progress fails', await checkInstanceViewErrorAsync(context, server), 'data-state="error" with the reason');
} finally {
  await browser.close();
  await server.closeAsync();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
