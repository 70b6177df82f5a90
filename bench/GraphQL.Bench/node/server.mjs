// The graphql-js baseline: `node server.mjs <port> <schema.graphql> <root.json>` serves POST /graphql with
// graphql-http's handler for node:http over buildSchema(SDL), rootValue read from the JSON file (graphql-js's default
// resolvers read its properties). One process, so one core: graphql-js executes on the event loop's thread.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [port, schemaPath, rootPath] = process.argv.slice(2);
if (!port || !schemaPath || !rootPath) {
  console.error('usage: node server.mjs <port> <schema.graphql> <root.json>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(rootPath, 'utf8'));
const handler = createHandler({ schema, rootValue });

const server = createServer((request, response) => {
  if (request.url === '/graphql') return handler(request, response);
  response.writeHead(404).end();
});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/graphql`);
});
