// A minimal shop on node:http that takes crypto payments with Crypto Checkout:
//   GET  /                 the product, with a Buy button
//   POST /buy              records an order, creates a checkout session for it, sends the customer there
//   POST /webhooks         Crypto Checkout's signed events: session.paid marks the order paid
//   GET  /orders/{id}      the order and whether it is paid
//
//   CK_KEY=ck_test_… CK_BASE_URL=http://127.0.0.1:8420 node server.mjs
// Environment: CK_KEY (required), CK_BASE_URL (the Crypto Checkout server, default http://127.0.0.1:8420),
// PORT (default 3000), SHOP_URL (where customers and Crypto Checkout reach this shop, default
// http://127.0.0.1:PORT), CK_WHSEC (the webhook endpoint's secret; without it the shop registers its
// /webhooks endpoint at start and keeps the secret in memory).
// Orders live in memory: a real shop keeps them in its database.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { CryptoCheckout, CryptoCheckoutError, CryptoCheckoutSignatureVerificationError } from '@cryptocheckout/node';

const port = Number(process.env.PORT ?? 3000);
const shopUrl = (process.env.SHOP_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
const cryptoCheckout = new CryptoCheckout(process.env.CK_KEY, { baseUrl: process.env.CK_BASE_URL ?? 'http://127.0.0.1:8420' });
let webhookSecret = process.env.CK_WHSEC;

const product = { name: 'Aurora house blend, 250 g', price: { value: '12.00', currency: 'USD' } };
const orders = new Map(); // id -> { id, status: 'awaiting payment' | 'paid', sessionId, paidAt, txHash }

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const page = (title, body, refresh = false) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${refresh ? '<meta http-equiv="refresh" content="2">' : ''}
<title>${escape(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:.5rem;border:0;background:#7a3b12;color:#fff;cursor:pointer}</style>
</head><body>${body}</body></html>`;

function send(response, status, html, headers = {}) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
}

function readBody(request, limit = 1 << 20) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) { reject(new Error('body too large')); request.destroy(); return; }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function buy(response) {
  const order = { id: randomUUID().slice(0, 8), status: 'awaiting payment' };
  orders.set(order.id, order);
  try {
    const session = await cryptoCheckout.checkoutSessions.create({
      amount: product.price,
      description: product.name,
      metadata: { orderId: order.id },
      successUrl: `${shopUrl}/orders/${order.id}`,
      cancelUrl: `${shopUrl}/`,
    }, { idempotencyKey: `order-${order.id}` }); // a retried request never makes a second session
    order.sessionId = session.id;
    send(response, 303, '', { location: session.checkoutUrl });
  } catch (error) {
    orders.delete(order.id);
    const message = error instanceof CryptoCheckoutError ? `${error.message} (${error.code ?? error.type})` : 'unexpected error';
    send(response, 502, page('Checkout unavailable', `<h1>Checkout unavailable</h1><p>${escape(message)}</p><p><a href="/">Back</a></p>`));
  }
}

async function webhook(request, response) {
  const body = await readBody(request);
  let event;
  try {
    event = cryptoCheckout.webhooks.constructEvent(body, request.headers['crypto-checkout-signature'], webhookSecret);
  } catch (error) {
    if (error instanceof CryptoCheckoutSignatureVerificationError) {
      response.writeHead(400).end(error.message);
      return;
    }
    throw error;
  }
  if (event.type === 'session.paid' || event.type === 'session.paid_late') {
    const session = event.data.object;
    const order = orders.get(session.metadata?.orderId);
    if (order && order.sessionId === session.id) {
      order.status = 'paid';
      order.paidAt = session.paidAt;
      order.txHash = session.txHash;
    }
  }
  response.writeHead(200).end('ok'); // unknown events too: Crypto Checkout retries only failures
}

function orderPage(response, id) {
  const order = orders.get(id);
  if (!order) return send(response, 404, page('No such order', '<h1>No such order</h1>'));
  const paid = order.status === 'paid';
  send(response, 200, page(`Order ${order.id}`, `<h1>Order ${escape(order.id)}</h1>
<p>${escape(product.name)} · ${product.price.value} ${product.price.currency}</p>
<p id="order-status"><strong>${paid ? 'Paid' : 'Awaiting payment'}</strong>${paid ? ` on ${escape(order.paidAt)}, transaction <code>${escape(order.txHash)}</code>` : ' (this page refreshes)'}</p>
<p><a href="/">Back to the shop</a></p>`, !paid));
}

const server = http.createServer(async (request, response) => {
  try {
    const url = new URL(request.url, shopUrl);
    if (request.method === 'GET' && url.pathname === '/') {
      return send(response, 200, page('Café Aurora', `<h1>Café Aurora</h1><p>${escape(product.name)}</p>
<p><strong>${product.price.value} ${product.price.currency}</strong></p>
<form method="post" action="/buy"><button type="submit" id="buy">Buy with crypto</button></form>`));
    }
    if (request.method === 'POST' && url.pathname === '/buy') return await buy(response);
    if (request.method === 'POST' && url.pathname === '/webhooks') return await webhook(request, response);
    const match = url.pathname.match(/^\/orders\/([0-9a-f]{8})$/);
    if (request.method === 'GET' && match) return orderPage(response, match[1]);
    send(response, 404, page('Not found', '<h1>Not found</h1>'));
  } catch (error) {
    console.error(error);
    if (!response.headersSent) send(response, 500, page('Error', '<h1>Something went wrong</h1>'));
  }
});

if (!webhookSecret) {
  // Registers this shop's webhook endpoint; the secret is shown once, so it is kept here.
  const endpoint = await cryptoCheckout.webhookEndpoints.create({ url: `${shopUrl}/webhooks`, events: ['session.paid', 'session.paid_late'] });
  webhookSecret = endpoint.secret;
  console.log(`registered webhook endpoint ${endpoint.id} for ${shopUrl}/webhooks`);
}
server.listen(port, '127.0.0.1', () => console.log(`shop listening on ${shopUrl}`));
