// The shop's face on the hosted page, in real headless Chromium on a real Hardhat node: the shop's name,
// logo and colour, the description, the title; then the receipt once paid (at phone and desktop sizes),
// the return to the shop that the customer can stop, the stable receipt address and its print layout.
// UPDATE_SCREENSHOTS=1 writes docs/checkout-branded-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startHardhat, startServer, startShop, launchBrowser, sourceDir } from './harness.mjs';

let chain; let server; let shop; let browser;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };
const logo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#7a3b12"/>
<path d="M20 26h22v10a11 11 0 0 1-22 0z" fill="#f6e7d8"/><path d="M42 29h4a4 4 0 0 1 0 8h-4" stroke="#f6e7d8" stroke-width="3" fill="none"/></svg>`;

before(async () => {
  chain = await startHardhat();
  shop = await startShop();
  server = await startServer({
    rpcUrl: chain.url,
    files: { 'aurora.svg': logo },
    extraConfig: '[shop]\nname=Café Aurora\nlogo=aurora.svg\naccentColor=#7a3b12\nsupportEmail=hello@aurora.example\nwebsite=https://aurora.example\n',
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await chain?.stop();
  await shop?.stop();
});

async function shot(page, name) {
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(sourceDir, 'docs', name), fullPage: true });
}

test('without [shop] the page keeps its own look, and a session without description shows none', async () => {
  const plain = await startServer({ rpcUrl: chain.url });
  try {
    const session = await plain.api('POST', '/checkout_sessions', { amount: { value: '5.00', currency: 'USD' } });
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await page.goto(session.checkoutUrl);
    await page.waitForSelector('#qr');
    assert.equal(await page.title(), 'Pay with ETH');
    assert.equal(await page.isVisible('#shop'), false);
    assert.equal(await page.isVisible('#description'), false);
    await context.close();
  } finally {
    await plain.stop();
  }
});

test('a branded page, then its receipt, then back to the shop unless the customer stays', async () => {
  const session = await server.api('POST', '/checkout_sessions', {
    amount: { value: '9.50', currency: 'USD' }, description: '2 × Flat white, 1 × Cardamom bun',
    successUrl: `${shop.base}/thanks`,
  });
  assert.equal(session.description, '2 × Flat white, 1 × Cardamom bun');
  const pages = [];
  for (const device of [desktop, phone]) {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(session.checkoutUrl);
    await page.waitForSelector('#qr');
    assert.equal(await page.title(), 'Pay Café Aurora · 9.50 USD');
    assert.equal(await page.textContent('#shop-name'), 'Café Aurora');
    assert.equal(await page.getAttribute('#shop-name', 'href'), 'https://aurora.example');
    await page.waitForFunction(() => document.getElementById('shop-logo').naturalWidth > 0);
    assert.equal(await page.getAttribute('#shop-logo', 'alt'), 'Logo of Café Aurora');
    assert.equal(await page.textContent('#description'), '2 × Flat white, 1 × Cardamom bun');
    // The pay button wears the shop's colour with white text.
    const colours = await page.$eval('#wallet-link', (element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    assert.deepEqual(colours, ['rgb(122, 59, 18)', 'rgb(255, 255, 255)']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    await shot(page, device === phone ? 'checkout-branded-phone.png' : 'checkout-branded-desktop.png');
    pages.push({ context, page, device, errors });
  }

  await chain.pay(session.address, session.amount.wei);
  // The desktop customer stays (before the 5 seconds run out); the phone one is taken back to the shop.
  const [desktopPage, phonePage] = pages;
  await desktopPage.page.waitForSelector('#stay:not([hidden])', { timeout: 20000 });
  await desktopPage.page.click('#stay');
  for (const { page, device, errors } of [phonePage, desktopPage]) {
    await page.waitForSelector('#receipt:not([hidden])', { timeout: 20000 }).catch((error) => {
      throw new Error(`${error.message}; page errors: ${errors.join(' | ')}; at ${page.url()}`);
    });
    assert.equal(await page.textContent('#title'), 'Receipt');
    assert.equal(await page.textContent('#receipt-shop'), 'Café Aurora');
    assert.equal(await page.textContent('#receipt-description'), '2 × Flat white, 1 × Cardamom bun');
    assert.equal(await page.textContent('#receipt-amount'), `${session.amount.eth} ETH`);
    assert.equal(await page.textContent('#receipt-fiat'), '9.50 USD');
    assert.match(await page.textContent('#receipt-tx'), /^0x[0-9a-f]{64}$/);
    assert.equal(await page.textContent('#receipt-id'), session.id);
    assert.equal(await page.textContent('#receipt-support'), 'Questions? hello@aurora.example');
    assert.equal(await page.isVisible('#pay'), false); // nothing more to pay: the receipt has the facts
    assert.equal(await page.getAttribute('#success-link', 'href'), `${shop.base}/thanks`);
    assert.equal(await page.textContent('#success-link'), 'Return to shop');
    await shot(page, device === phone ? 'checkout-branded-paid-phone.png' : 'checkout-branded-paid-desktop.png');
  }
  // The desktop page stays, even after the 5 seconds.
  await desktopPage.page.waitForTimeout(6000);
  assert.equal(desktopPage.page.url(), session.checkoutUrl);
  assert.equal(await desktopPage.page.isVisible('#stay'), false);
  // The phone did not stop it: back at the shop.
  await phonePage.page.waitForURL(`${shop.base}/thanks`, { timeout: 15000 });
  for (const { context } of pages) await context.close();

  // The stable receipt address: the receipt, no redirect, and a print layout without the buttons.
  const context = await browser.newContext(desktop);
  const page = await context.newPage();
  await page.goto(`${session.checkoutUrl}/receipt`);
  await page.waitForSelector('#receipt:not([hidden])');
  assert.equal(await page.title(), 'Receipt · Café Aurora');
  assert.equal(await page.textContent('#title'), 'Receipt');
  assert.equal(await page.isVisible('#stay'), false);
  await page.waitForTimeout(6000);
  assert.equal(page.url(), `${session.checkoutUrl}/receipt`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#print'), false);
  assert.equal(await page.isVisible('#success-link'), false);
  assert.equal(await page.isVisible('#receipt-id'), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await context.close();
});

