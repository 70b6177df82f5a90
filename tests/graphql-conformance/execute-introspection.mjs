// Reads {sdls: [sdl], ours: [introspection result data] | null} on stdin. Writes the standard introspection query
// (getIntrospectionQuery() with every option on, and with defaults), graphql-js's own result for each schema and
// query, and — when ours are given — printSchema(buildClientSchema(ours)) next to printSchema(buildSchema(sdl)).
import { buildSchema, buildClientSchema, getIntrospectionQuery, graphqlSync, printSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const queries = [
  getIntrospectionQuery(),
  getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
];

const results = input.sdls.map((sdl) => {
  const schema = buildSchema(sdl);
  return queries.map((source) => JSON.parse(JSON.stringify(graphqlSync({ schema, source }))));
});

const printed = (input.ours ?? []).map((ours, i) => {
  try {
    return { ours: printSchema(buildClientSchema(ours)), theirs: printSchema(buildSchema(input.sdls[i])) };
  } catch (error) {
    return { error: error.message };
  }
});

process.stdout.write(JSON.stringify({ queries, results, printed }));
