// Headless Debian chromium driven over the DevTools protocol, just enough for smoke.mjs (no Playwright in node here).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'graphiql-smoke-'));
  const args = ['--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1280,900', 'about:blank'];
  // Chromium refuses to start its sandbox as root (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const child = spawn(process.env.CHROMIUM ?? 'chromium', args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const browserUrl = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${seen}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) { clearTimeout(timer); resolve(new URL(match[1])); }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited with ${code}:\n${seen}`)));
  });
  const targets = await (await fetch(`http://${browserUrl.host}/json/list`)).json();
  const page = targets.find((t) => t.type === 'page');
  const session = await CdpSession.connectAsync(page.webSocketDebuggerUrl);
  const closeAsync = async () => {
    session.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: renderers and the crash handler still write to the profile after the browser dies.
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return { session, closeAsync };
}

class CdpSession {
  #socket;
  #nextId = 1;
  #pending = new Map();
  #listeners = new Map();

  static connectAsync(url) {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.onopen = () => resolve(new CdpSession(socket));
      socket.onerror = () => reject(new Error(`cannot connect to ${url}`));
    });
  }

  constructor(socket) {
    this.#socket = socket;
    socket.onmessage = ({ data }) => {
      const message = JSON.parse(data);
      if (message.id === undefined) {
        for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params);
        return;
      }
      const { resolve, reject } = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
      else resolve(message.result);
    };
  }

  send(method, params = {}) {
    const id = this.#nextId++;
    this.#socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
  }

  on(method, listener) {
    this.#listeners.set(method, [...(this.#listeners.get(method) ?? []), listener]);
  }

  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  async waitFor(description, expression, timeoutMs = 15_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(expression);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${description}: ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // Real key events (not insertText): GraphiQL opens its hint list on keyup of a letter.
  async typeAsync(text) {
    for (const key of text) {
      const code = key.toUpperCase().charCodeAt(0);
      await this.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, windowsVirtualKeyCode: code });
      await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, windowsVirtualKeyCode: code });
    }
  }

  async pressAsync(key, windowsVirtualKeyCode) {
    await this.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, windowsVirtualKeyCode });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', key, windowsVirtualKeyCode });
  }

  close() {
    this.#socket.close();
  }
}
