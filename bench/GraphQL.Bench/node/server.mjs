// The graphql-js baseline: `node server.mjs <port> <our /api/graphql URL> <root.json>` introspects our endpoint with
// graphql-js's own introspection query, then serves POST /graphql with graphql-http's handler for node:http over
// buildClientSchema(that result) — the same schema ours serves — and rootValue read from the JSON file (graphql-js's
// default resolvers read its properties). One process, so graphql-js gets one core.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [port, ours, rootPath] = process.argv.slice(2);
if (!port || !ours || !rootPath) {
  console.error('usage: node server.mjs <port> <our /api/graphql URL> <root.json>');
  process.exit(2);
}

const introspection = await fetch(ours, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: getIntrospectionQuery() }),
}).then((response) => response.json());
if (introspection.errors) throw new Error(JSON.stringify(introspection.errors));
const schema = buildClientSchema(introspection.data);
const rootValue = JSON.parse(readFileSync(rootPath, 'utf8'));
const handler = createHandler({ schema, rootValue });

const server = createServer((request, response) => {
  if (request.url === '/graphql') return handler(request, response);
  response.writeHead(404).end();
});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/graphql`);
});
