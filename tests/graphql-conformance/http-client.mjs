// graphql-js as a real client of our endpoint: reads {url, host, query} on stdin, POSTs graphql-js's introspection
// query to url (with the tenant's Host header, which fetch may not set, hence node:http), builds a client schema from
// the answer, validates `query` against it and runs it. Prints {schemaTypes, validationErrors, result}.
import { request } from 'node:http';
import { buildClientSchema, getIntrospectionQuery, parse, validate } from 'graphql';

const post = (url, host, body) => new Promise((resolve, reject) => {
  const req = request(url, {
    method: 'POST',
    headers: { host, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { text += chunk; });
    res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(text) }));
  });
  req.on('error', reject);
  req.end(JSON.stringify(body));
});

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { url, host, query } = JSON.parse(input);

const introspection = await post(url, host, { query: getIntrospectionQuery() });
if (introspection.status !== 200 || introspection.json.errors) {
  console.log(JSON.stringify({ introspection }));
  process.exit(0);
}
const schema = buildClientSchema(introspection.json.data);
const validationErrors = validate(schema, parse(query)).map((e) => e.message);
const result = (await post(url, host, { query })).json;
console.log(JSON.stringify({
  schemaTypes: Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__')).sort(),
  validationErrors,
  result,
}));
