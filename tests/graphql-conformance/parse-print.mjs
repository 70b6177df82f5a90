// Reads a JSON array of GraphQL documents on stdin; writes a JSON array with, per document, what graphql-js
// makes of it: {"printed": print(parse(doc))} or {"error": {"message", "locations"}}.
import { parse, print } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const results = documents.map((doc) => {
  try {
    return { printed: print(parse(doc)) };
  } catch (error) {
    return { error: { message: error.message, locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })) } };
  }
});
process.stdout.write(JSON.stringify(results));
