// The tiny HTTP server lint.mjs drives chromium against: the vendored assets, the BPMN files, an instance page under
// the strict nonce CSP the admin module is meant to send, a fake progress endpoint and a retry endpoint that records
// what it was sent. /view?progress=fail makes the progress endpoint answer 500 (the error path of instance-view.js).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const repo = new URL('../../', import.meta.url).pathname;
const dirs = { assets: join(repo, 'src/OrchardCommerce.Workflows.Admin/assets'), bpmn: join(repo, 'bpmn') };
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.bpmn': 'text/xml; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff' };
const styles = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font.css', 'instance-view.css'];
export const csrfToken = 'lint-csrf-token';

export async function startServerAsync(progress) {
  const requests = [], retries = [];
  let retried = false;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const send = (status, type, body, headers = {}) => { response.writeHead(status, { 'Content-Type': type, ...headers }); response.end(body); };
    if (request.method === 'GET' && (url.pathname === '/view' || url.pathname === '/blank')) {
      const nonce = randomBytes(16).toString('base64');
      const file = url.searchParams.get('file') ?? 'order-fulfillment';
      const progressUrl = url.searchParams.get('progress') === 'fail' ? '/progress?fail=1' : '/progress';
      const container = url.pathname === '/view'
        ? `<div class="oc-instance-view" data-xml-url="/bpmn/${file}.bpmn" data-progress-url="${progressUrl}" data-retry-url="/retry"></div>
  <script nonce="${nonce}" src="/assets/instance-view.js"></script>`
        : '<div id="canvas" class="oc-instance-canvas"></div>';
      const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>lint</title><meta name="csrf-token" content="${csrfToken}"><link rel="icon" href="data:,">
${styles.map((s) => `<link rel="stylesheet" href="/assets/${s}">`).join('\n')}
</head><body>
  <script nonce="${nonce}" src="/assets/bpmn-navigated-viewer.production.min.js"></script>
  ${container}
  <p>The icon font loads under the policy too: <span class="bpmn-icon-service-task"></span></p>
</body></html>`;
      const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; font-src 'self'; img-src 'self' data:; ` +
        `connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
      return send(200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': csp });
    }
    const file = /^\/(assets|bpmn)\/([\w.-]+)$/.exec(url.pathname);
    if (request.method === 'GET' && file && types[extname(file[2])]) {
      try { return send(200, types[extname(file[2])], readFileSync(join(dirs[file[1]], file[2]))); }
      catch { return send(404, 'text/plain', 'not found'); }
    }
    if (request.method === 'GET' && url.pathname === '/progress') {
      if (url.searchParams.has('fail')) return send(500, 'text/plain', 'boom');
      const body = retried ? { ...progress, incidents: [] } : progress;
      return send(200, 'application/json', JSON.stringify(body));
    }
    if (request.method === 'POST' && url.pathname === '/retry') {
      let body = '';
      for await (const chunk of request) body += chunk;
      retries.push({ token: request.headers['x-csrf-token'], type: request.headers['content-type'], body });
      retried = true;
      return send(204, 'text/plain', '');
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests, retries,
    reset: () => { retried = false; retries.length = 0; },
    closeAsync: () => new Promise((resolve) => server.close(resolve)),
  };
}
