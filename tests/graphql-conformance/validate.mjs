// Reads {"sdl": schema, "queries": [document]} on stdin; writes, per document, what graphql-js's validate() makes
// of it against buildSchema(sdl): {"errors": [{message, locations}]}, or {"parseError": message} when the document
// does not parse, or {"crash": message} when validate() itself throws.
import { buildSchema, parse, validate } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(input.sdl);

const located = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = input.queries.map((query) => {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { parseError: error.message };
  }
  try {
    return { errors: validate(schema, document).map(located) };
  } catch (error) {
    return { crash: String(error.message ?? error) };
  }
});
process.stdout.write(JSON.stringify(results));
