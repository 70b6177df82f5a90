// Proves the vendored GraphiQL page works without our server: a tiny node server (graphql-js over a small schema)
// serves graphiql.html and its assets under a strict CSP, and headless chromium introspects, autocompletes and runs
// a query, using the same selectors the module's Playwright test is meant to use. Usage: node smoke.mjs
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { buildSchema, graphql } from 'graphql';
import { launchChromium } from './cdp.mjs';

// Node 20 has WebSocket only behind a flag (Node 22 has it by default).
if (typeof WebSocket === 'undefined') {
  const run = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const graphiqlDir = new URL('../../src/Modules/OrchardCommerce.GraphQL.Api/GraphiQL/', import.meta.url).pathname;
const schema = buildSchema(`
  type Query { products(first: Int = 20): [Product!]! }
  type Product { id: ID! name: String! price: Float! }
`);
const products = [
  { id: '1', name: 'Trailblazer 45L Backpack', price: 129.9 },
  { id: '2', name: 'Summit Trekking Poles', price: 59.5 },
];
const rootValue = { products: ({ first }) => products.slice(0, first) };
const types = { '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain' };
const requests = [];

const server = createServer(async (request, response) => {
  requests.push(`${request.method} ${request.url}`);
  const send = (status, type, body, headers = {}) => {
    response.writeHead(status, { 'Content-Type': type, ...headers });
    response.end(body);
  };
  if (request.method === 'GET' && request.url === '/graphiql') {
    const nonce = randomBytes(16).toString('base64');
    const html = readFileSync(join(graphiqlDir, 'graphiql.html'), 'utf8')
      .replaceAll('{{base}}', '/graphiql/').replaceAll('{{endpoint}}', '/graphql').replaceAll('{{nonce}}', nonce);
    // The policy the module is meant to send: nothing but our nonce'd scripts, our styles (plus the nonce for the
    // <style> Radix dialogs add), fonts/images from data: URLs in graphiql.min.css, fetch to our origin only.
    const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; ` +
      `font-src data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    return send(200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': csp });
  }
  const asset = /^\/graphiql\/([\w.-]+)$/.exec(request.url ?? '');
  if (request.method === 'GET' && asset && types[extname(asset[1])]) {
    try { return send(200, types[extname(asset[1])], readFileSync(join(graphiqlDir, 'assets', asset[1]))); }
    catch { return send(404, 'text/plain', 'not found'); }
  }
  if (request.method === 'POST' && request.url === '/graphql') {
    let body = '';
    for await (const chunk of request) body += chunk;
    const { query, variables, operationName } = JSON.parse(body);
    const result = await graphql({ schema, source: query, rootValue, variableValues: variables, operationName });
    return send(200, 'application/graphql-response+json', JSON.stringify(result));
  }
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const { session, closeAsync } = await launchChromium();
const problems = [];
const offsite = [];
session.on('Runtime.exceptionThrown', (e) => problems.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
session.on('Runtime.consoleAPICalled', (e) => e.type === 'error' && problems.push(e.args.map((a) => a.value ?? a.description).join(' ')));
session.on('Log.entryAdded', (e) => e.entry.level === 'error' && problems.push(e.entry.text));
session.on('Network.requestWillBeSent', (e) => !e.request.url.startsWith(origin) && !e.request.url.startsWith('data:') && offsite.push(e.request.url));

let failed = false;
const check = async (name, step) => {
  try { console.log(`ok   ${name}: ${await step()}`); }
  catch (error) { failed = true; console.log(`FAIL ${name}: ${error.message}`); }
};
const editor = `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror`;
try {
  await Promise.all(['Runtime.enable', 'Log.enable', 'Network.enable', 'Page.enable'].map((m) => session.send(m)));
  await session.send('Page.navigate', { url: `${origin}/graphiql` });
  await check('page renders', () => session.waitFor('query editor', `!!document.querySelector('.graphiql-query-editor .CodeMirror')`));
  await check('(a) schema introspected: docs explorer lists types', async () => {
    await session.evaluate(`document.querySelector('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click()`);
    await session.waitFor('root type link', `(a => !!a && (a.click(), true))([...document.querySelectorAll('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name')].find(a => a.textContent === 'Query'))`);
    return session.waitFor('products field', `[...document.querySelectorAll('.graphiql-doc-explorer a.graphiql-doc-explorer-field-name')].map(a => a.textContent).join(',')`);
  });
  await check('(b) autocomplete: hint list offers products', async () => {
    await session.evaluate(`(${editor}.setValue('{\\n  \\n}'), ${editor}.setCursor({ line: 1, ch: 2 }), ${editor}.focus(), true)`);
    await session.typeAsync('pro');
    const hints = await session.waitFor('hint list', `[...document.querySelectorAll('ul.CodeMirror-hints li.CodeMirror-hint')].map(li => li.textContent).join(',')`);
    await session.pressAsync('Enter', 13);
    const accepted = await session.evaluate(`${editor}.getValue()`);
    if (!/\bproducts\b/.test(accepted)) throw new Error(`Enter did not insert the hint: ${JSON.stringify(accepted)}`);
    return `[${hints}]`;
  });
  await check('(c) run: result pane shows data', async () => {
    await session.evaluate(`${editor}.setValue('{ products(first: 2) { id name price } }'), true`);
    await session.evaluate(`document.querySelector('.graphiql-execute-button').click()`);
    await session.waitFor('result text', `document.querySelector('.graphiql-response .result-window')?.textContent.includes('Trailblazer 45L Backpack')`);
    return (await session.evaluate(`document.querySelector('.graphiql-response .result-window').textContent`)).replace(/\s+/g, ' ').slice(0, 90);
  });
  await check('settings dialog opens under the CSP (Radix adds a nonce\'d <style>)', async () => {
    await session.evaluate(`document.querySelector('.graphiql-sidebar button[aria-label="Open settings dialog"]').click()`);
    await session.waitFor('dialog', `!!document.querySelector('.graphiql-dialog')`);
    await session.pressAsync('Escape', 27);
    return session.waitFor('dialog closed', `!document.querySelector('.graphiql-dialog')`);
  });
  await check('no errors, CSP violations or off-origin requests', () => {
    if (problems.length || offsite.length) throw new Error([...problems, ...offsite].join('\n  '));
    return `${requests.length} requests, all to the smoke server`;
  });
} finally {
  await closeAsync();
  server.close();
}
console.log(requests.join('\n'));
process.exit(failed ? 1 : 0);
