// Lists graphiql's installed dependency closure with each package's licence, for assets/THIRD-PARTY.txt.
// The UMD bundle was built by the graphiql maintainers from their own lockfile, so versions inside it can differ
// slightly (it carries graphql-js 16.11.0); the package set and licences are what this list is for.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('./package-lock.json', import.meta.url), 'utf8')).packages;
const seen = new Map();
const visit = (name) => {
  if (seen.has(name)) return;
  const entry = lock[`node_modules/${name}`];
  if (!entry) return;
  seen.set(name, entry);
  for (const dep of Object.keys({ ...entry.dependencies, ...entry.peerDependencies })) visit(dep);
};
visit('graphiql');
visit('react');
visit('react-dom');

console.log('Packages in the vendored GraphiQL and React files (name version licence), from tools/graphiql/package-lock.json.');
for (const [name, entry] of [...seen].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${name} ${entry.version} ${entry.license}`);
