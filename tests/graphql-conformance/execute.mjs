// Reads [{sdl, rootValue, query, variables, operationName}] on stdin; writes, for each case, what graphql-js 16
// makes of it: {rejected: [messages]} when validate() refuses the document (those cases belong to the validation
// tests), else {result} — the graphql() response as JSON ({errors?, data?}).
import { buildSchema, parse, validate, execute } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const schemas = new Map();
const schemaFor = (sdl) => {
  if (!schemas.has(sdl)) schemas.set(sdl, buildSchema(sdl));
  return schemas.get(sdl);
};

const results = [];
for (const c of cases) {
  const schema = schemaFor(c.sdl);
  const document = parse(c.query);
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    results.push({ rejected: validationErrors.map((e) => e.message) });
    continue;
  }
  const result = await execute({
    schema,
    document,
    rootValue: c.rootValue,
    variableValues: c.variables,
    operationName: c.operationName,
  });
  results.push({ result: JSON.parse(JSON.stringify(result)) });
}
process.stdout.write(JSON.stringify(results));
