// examples/node-shop end to end: the real program on Hardhat, the example shop (its own process, using
// @cryptocheckout/node), and Chromium. The customer clicks Buy, lands on the checkout page, pays the EIP-681
// URI its QR code holds (read back from the screen with zbar), comes back to the shop, and the order page
// says paid: which only the signed webhook, checked with constructEvent, can have told the shop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHardhat, startServer, launchBrowser, decodeQr, freePort, sourceDir, stopProcess } from './harness.mjs';

let chain; let server; let browser; let shop; let shopUrl;

async function startExampleShop() {
  const port = await freePort();
  shopUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(sourceDir, 'examples/node-shop/server.mjs')], {
    env: { ...process.env, CK_KEY: server.key, CK_BASE_URL: server.base, PORT: String(port), SHOP_URL: shopUrl },
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the shop did not start: ${output}`)), 20000);
    const onData = (data) => {
      output += data;
      if (output.includes('shop listening')) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the shop exited (${code}): ${output}`)); });
  });
  return child;
}

before(async () => {
  chain = await startHardhat();
  server = await startServer({ rpcUrl: chain.url, extraConfig: '[shop]\nname=Café Aurora\n' });
  shop = await startExampleShop();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (shop) await stopProcess(shop);
  await server?.stop();
  await chain?.stop();
});

test('Buy, pay the QR code with a wallet, and the order page says paid', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(shopUrl);
  await page.click('#buy');
  await page.waitForURL(`${server.base}/checkout/**`);
  assert.equal(await page.title(), 'Pay Café Aurora · 12.00 USD');
  assert.equal(await page.textContent('#description'), 'Aurora house blend, 250 g');

  // The wallet scans the QR code on the screen.
  const image = await page.waitForSelector('#qr');
  await page.waitForFunction(() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-shop-')), 'qr.png');
  await image.screenshot({ path: file });
  const uri = decodeQr(file);
  const match = uri.match(/^ethereum:(0x[0-9a-fA-F]{40})@31337\?value=(\d+)$/);
  assert.ok(match, `an EIP-681 payment request: ${uri}`);
  await chain.pay(match[1], match[2]);

  // Paid: the receipt, then back to the shop, whose order page learns it from the webhook.
  await page.waitForSelector('#receipt:not([hidden])', { timeout: 20000 });
  await page.waitForURL(`${shopUrl}/orders/*`, { timeout: 15000 });
  await page.waitForFunction(() => document.getElementById('order-status')?.textContent.startsWith('Paid'), null, { timeout: 20000 });
  assert.match(await page.textContent('#order-status'), /^Paid on .* transaction 0x[0-9a-f]{64}$/);
  await context.close();
});

test('the shop refuses a webhook that is not signed by Crypto Checkout', async () => {
  const forged = JSON.stringify({ type: 'session.paid', data: { object: { id: 'cs_forged', metadata: { orderId: 'deadbeef' } } } });
  const unsigned = await fetch(`${shopUrl}/webhooks`, { method: 'POST', body: forged, headers: { 'content-type': 'application/json' } });
  assert.equal(unsigned.status, 400);
  const wrongKey = await fetch(`${shopUrl}/webhooks`, { method: 'POST', body: forged,
    headers: { 'content-type': 'application/json', 'crypto-checkout-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` } });
  assert.equal(wrongKey.status, 400);
});
