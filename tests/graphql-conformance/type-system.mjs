// Reads {"suggestions": [[input, [options]]], "numbers": [n], "schemas": [sdl]} on stdin; writes what graphql-js
// makes of each: suggestionList results, String(n), and the type map's names in order (or the build error).
import { buildSchema } from 'graphql';
import { suggestionList } from 'graphql/jsutils/suggestionList.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const schemaTypes = (sdl) => {
  try {
    return { types: Object.keys(buildSchema(sdl).getTypeMap()) };
  } catch (error) {
    return { error: error.message };
  }
};

process.stdout.write(JSON.stringify({
  suggestions: input.suggestions.map(([word, options]) => suggestionList(word, options)),
  numbers: input.numbers.map((n) => String(n)),
  schemas: input.schemas.map(schemaTypes),
}));
