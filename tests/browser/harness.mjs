// Real parts for the browser tests: the cryptocheckout binary (headless, temporary data dir), Hardhat's
// node, a tiny "shop" server for success redirects, and Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const sourceDir = process.env.CRYPTOCHECKOUT_SOURCE_DIR ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const binary = process.env.CRYPTOCHECKOUT_BINARY ?? path.join(sourceDir, 'build/bin/cryptocheckout');

export async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

async function waitForLine(child, pattern, timeoutMs, label) {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start: ${output.slice(-2000)}`)), timeoutMs);
    const onData = (data) => {
      output += data.toString();
      const match = output.match(pattern);
      if (match) { clearTimeout(timer); resolve(match); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${label} exited (${code}): ${output.slice(-2000)}`)); });
  });
}

export async function startHardhat() {
  const port = await freePort();
  const cli = path.join(sourceDir, 'tests/node_modules/hardhat/internal/cli/cli.js');
  const child = spawn(process.execPath, [cli, 'node', '--hostname', '127.0.0.1', '--port', String(port),
    '--config', path.join(sourceDir, 'tests/hardhat/hardhat.config.cjs')],
  { cwd: path.join(sourceDir, 'tests/hardhat'), env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true', CI: 'true' } });
  await waitForLine(child, /Started HTTP/, 60000, 'Hardhat');
  const url = `http://127.0.0.1:${port}`;
  let id = 0;
  const rpc = async (method, params = []) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }) });
    const body = await response.json();
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result;
  };
  const accounts = await rpc('eth_accounts');
  return {
    url, rpc, child,
    pay: (to, wei) => rpc('eth_sendTransaction', [{ from: accounts[1], to, value: `0x${BigInt(wei).toString(16)}` }]),
    mine: (blocks = 1) => rpc('hardhat_mine', [`0x${blocks.toString(16)}`]),
    stop: () => stopProcess(child),
  };
}

// extraConfig: more INI sections (a [shop]); files: name -> contents, written into the data directory.
export async function startServer({ rpcUrl, extraConfig = '', files = {} }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-browser-'));
  for (const [name, contents] of Object.entries(files)) fs.writeFileSync(path.join(dataDir, name), contents);
  fs.writeFileSync(path.join(dataDir, 'config.ini'),
    `[server]\nlisten=127.0.0.1:0\n${extraConfig}[chain.31337]\nrpcUrl=${rpcUrl}\nconfirmations=1\npollIntervalMs=300\n`);
  const env = { ...process.env };
  delete env.DISPLAY; delete env.WAYLAND_DISPLAY; delete env.QT_QPA_PLATFORM;
  const key = execFileSync(binary, ['keys', 'create', '--mode', 'test', '--data-dir', dataDir], { env }).toString().trim();
  const child = spawn(binary, ['--headless', '--data-dir', dataDir], { env });
  const [, base] = await waitForLine(child, /listening on (http:\/\/\S+)/, 30000, 'cryptocheckout');
  const api = async (method, route, body) => {
    const response = await fetch(`${base}/api/v1${route}`, { method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    return response.json();
  };
  return {
    base, api, child, key,
    stop: async () => { await stopProcess(child); fs.rmSync(dataDir, { recursive: true, force: true }); },
  };
}

// A shop to come back to: answers every path with a small page.
export async function startShop() {
  const server = http.createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<title>Shop</title><h1>Thank you (${request.url})</h1>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, 5000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

export function decodeQr(pngPath) {
  return execFileSync('zbarimg', ['--raw', '-q', pngPath]).toString().trim();
}
