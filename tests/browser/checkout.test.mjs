// The hosted checkout page in real headless Chromium, paid on a real Hardhat node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHardhat, startServer, startShop, launchBrowser, decodeQr, sourceDir } from './harness.mjs';

let chain; let server; let shop; let browser;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

before(async () => {
  chain = await startHardhat();
  server = await startServer({ rpcUrl: chain.url });
  shop = await startShop();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await chain?.stop();
  await shop?.stop();
});

async function createSession(overrides = {}) {
  return server.api('POST', '/checkout_sessions', {
    amount: { value: '30.00', currency: 'USD' },
    successUrl: `${shop.base}/thanks`, cancelUrl: `${shop.base}/cart`, returnUrl: `${shop.base}/`,
    metadata: { orderId: 'secret-order-1' }, customerEmail: 'customer@example.com', ...overrides,
  });
}

// Opens the page and records every request, to prove none leaves the server's origin.
async function open(session, device = phone, query = '') {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${session.checkoutUrl}${query}`);
  return { context, page, requests };
}

function sameOrigin(requests) {
  const origin = new URL(server.base).origin;
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

test('renders at phone and desktop sizes with nothing from another origin', async () => {
  const session = await createSession();
  for (const device of [phone, desktop]) {
    const { context, page, requests } = await open(session, device);
    await page.waitForSelector('#qr');
    assert.equal(await page.textContent('#address'), session.address);
    assert.equal(await page.textContent('#amount'), '0.01 ETH');
    assert.match(await page.textContent('#fiat'), /30\.00 USD/);
    assert.equal(await page.textContent('#network'), 'Local dev chain');
    assert.match(await page.textContent('#status-text'), /Waiting for your payment/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    const html = await page.content();
    assert.ok(!html.includes('secret-order-1') && !html.includes('customer@example.com'), 'private fields leaked');
    assert.deepEqual(sameOrigin(requests), []);
    if (process.env.UPDATE_SCREENSHOTS) {
      await page.screenshot({ path: path.join(sourceDir, 'docs', device === phone ? 'checkout-phone.png' : 'checkout-desktop.png') });
    }
    await context.close();
  }
});

test('the QR decodes to the exact EIP-681 URI', async () => {
  const session = await createSession();
  const { context, page } = await open(session, desktop);
  const image = await page.waitForSelector('#qr');
  await page.waitForFunction(() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-qr-')), 'qr.png');
  await image.screenshot({ path: file });
  assert.equal(decodeQr(file), `ethereum:${session.address}@31337?value=${session.amount.wei}`);
  const walletHref = await page.getAttribute('#wallet-link', 'href');
  assert.equal(walletHref, `ethereum:${session.address}@31337?value=${session.amount.wei}`);
  await context.close();
});

test('the countdown ticks from the server clock', async () => {
  const session = await createSession();
  const { context, page } = await open(session);
  const first = await page.textContent('#countdown');
  assert.match(first, /^(29|30):\d\d$/);
  await page.waitForTimeout(2200);
  const second = await page.textContent('#countdown');
  assert.notEqual(second, first);
  const toSeconds = (text) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
  assert.ok(toSeconds(second) < toSeconds(first));
  await context.close();
});

test('copy buttons put the amount and the address on the clipboard', async () => {
  const session = await createSession();
  const context = await browser.newContext({ ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(session.checkoutUrl);
  await page.click('#copy-address');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), session.address);
  assert.equal(await page.textContent('#copy-address'), 'Copied');
  await page.click('#copy-amount');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '0.01');
  await context.close();
});

test('paying on the chain turns the page to paid without a reload, then returns to the shop', async () => {
  const session = await createSession();
  const { context, page, requests } = await open(session);
  await page.waitForSelector('#qr');
  let reloaded = false;
  page.on('load', () => { reloaded = true; });
  await chain.pay(session.address, session.amount.wei);
  await page.waitForFunction(() => document.getElementById('status').dataset.status === 'paid', null, { timeout: 20000 });
  assert.match(await page.textContent('#status-text'), /Payment received/);
  assert.equal(await page.getAttribute('#success-link', 'href'), `${shop.base}/thanks`);
  assert.equal(reloaded, false);
  assert.deepEqual(sameOrigin(requests), []);
  await page.waitForURL(`${shop.base}/thanks`, { timeout: 15000 });
  await context.close();
});

test('an underpayment shows what is still due', async () => {
  const session = await createSession();
  const { context, page } = await open(session);
  await page.waitForSelector('#qr');
  await chain.pay(session.address, '4000000000000000');
  await page.waitForFunction(() => document.getElementById('status').dataset.status === 'underpaid', null, { timeout: 20000 });
  assert.match(await page.textContent('#status-text'), /received 0\.004 ETH\. Please send the remaining 0\.006 ETH/);
  assert.equal(await page.textContent('#amount'), '0.006 ETH');
  assert.match(await page.getAttribute('#wallet-link', 'href'), /value=6000000000000000$/);
  await context.close();
});

test('an expired checkout says so and explains the grace window', async () => {
  const session = await createSession();
  const { context, page } = await open(session, phone, '?lang=en');
  await page.waitForSelector('#qr');
  await server.api('POST', `/checkout_sessions/${session.id}/expire`);
  await page.waitForFunction(() => document.getElementById('status').dataset.status === 'expired', null, { timeout: 10000 });
  assert.match(await page.textContent('#status-text'), /expired/);
  assert.match(await page.textContent('#status-detail'), /still counts if it confirms before/);
  assert.equal(await page.isVisible('#qr'), false);
  await context.close();
});

test('an unknown checkout is a 404 page that leaks nothing', async () => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const response = await page.goto(`${server.base}/checkout/cs_doesnotexist`);
  assert.equal(response.status(), 404);
  assert.match(await page.textContent('h1'), /Checkout not found/);
  assert.ok(!(await page.content()).includes('0x'));
  await context.close();
});

test('the page speaks German, Spanish and French', async () => {
  const session = await createSession();
  for (const [lang, text] of [['de', 'Warten auf Ihre Zahlung'], ['es', 'Esperando tu pago'], ['fr', 'En attente de votre paiement']]) {
    const context = await browser.newContext({ ...phone, locale: lang });
    const page = await context.newPage();
    await page.goto(session.checkoutUrl);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.match(await page.textContent('#status-text'), new RegExp(text));
    await context.close();
  }
});

test('a payment link lands on its checkout page', async () => {
  const link = await server.api('POST', '/payment_links', { fiatAmount: '12.00', fiatCurrency: 'USD' });
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(link.url);
  assert.match(page.url(), /\/checkout\/cs_/);
  assert.equal(await page.textContent('#amount'), '0.004 ETH');
  await context.close();
});
