// Checks a storefront schema built by OrchardCommerce.GraphQL.Api the way a client tool would see it.
// Reads {} on stdin to get the introspection query to run, or {data: <introspection result data>} to check it:
// buildClientSchema + assertValidSchema, answering {sdl: printSchema(schema)} or {error: message}.
import { assertValidSchema, buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
if (!input.data) {
  process.stdout.write(JSON.stringify({ query: getIntrospectionQuery(options) }));
} else {
  try {
    const schema = buildClientSchema(input.data);
    assertValidSchema(schema);
    process.stdout.write(JSON.stringify({ sdl: printSchema(schema) }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: error.message }));
  }
}
