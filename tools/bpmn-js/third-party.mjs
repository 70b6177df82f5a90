// Lists the packages bundled into the vendored bpmn-js viewer files (bpmn-js and its dependency closure, from
// package-lock.json) with each licence, followed by the licence texts, for assets/THIRD-PARTY.txt.
// The UMD bundle was built by the bpmn-js maintainers from their own lockfile; versions inside it can differ slightly.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const root = new URL('./', import.meta.url);
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')).packages;
const seen = new Map();
const visit = (name) => {
  if (seen.has(name)) return;
  const entry = lock[`node_modules/${name}`];
  if (!entry) return;
  seen.set(name, entry);
  for (const dep of Object.keys(entry.dependencies ?? {})) visit(dep);
};
visit('bpmn-js');

const packages = [...seen].sort(([a], [b]) => a.localeCompare(b));
console.log('Packages in the vendored bpmn-js viewer files (name version licence), from tools/bpmn-js/package-lock.json.');
for (const [name, entry] of packages)
  console.log(`${name} ${entry.version} ${name === 'bpmn-js' ? 'bpmn.io licence (MIT terms plus: the bpmn.io watermark must stay visible)' : entry.license}`);
for (const [name] of packages) {
  const dir = new URL(`node_modules/${name}/`, root);
  const file = existsSync(dir) && readdirSync(dir).find((f) => /^licen[sc]e(\.md|\.txt)?$/i.test(f));
  if (!file) continue;
  console.log(`\n==== ${name} ====\n${readFileSync(new URL(file, dir), 'utf8').trim()}`);
}
