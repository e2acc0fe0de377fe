// @cryptocheckout/node against the real program (headless, a temporary data directory) on a real Hardhat
// node: create, retrieve, a list over three pages, expire, errors, retries through a real proxy that drops
// an answer or asks to wait, constructEvent on real signed deliveries (also while the secret is rolled),
// and the generated types against the served openapi.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startHardhat, startServer } from '../../../tests/browser/harness.mjs';
import { generateTypes, readDocument } from '../scripts/generate-types.mjs';
import { CryptoCheckout, CryptoCheckoutError, CryptoCheckoutSignatureVerificationError } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let node;
let server;
let client;
let created = 0; // sessions this file created: the list's length

before(async () => {
  node = await startHardhat();
  server = await startServer({ rpcUrl: node.url });
  client = new CryptoCheckout(server.key, { baseUrl: server.base });
});

after(async () => {
  await server?.stop();
  await node?.stop();
});

async function createSession(extra = {}) {
  const session = await client.checkoutSessions.create({ amount: { value: '30.00', currency: 'USD' }, ...extra });
  ++created;
  return session;
}

// Between the client and the server: forwards requests; `plan` says what to do with the next ones.
async function startProxy(upstream) {
  const seen = [];
  const plan = [];
  const proxy = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      seen.push({ method: request.method, url: request.url, idempotencyKey: request.headers['idempotency-key'] });
      const step = plan.shift() ?? 'forward';
      if (step === 'busy') {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
          .end(JSON.stringify({ error: { type: 'api_error', code: 'rate_limited', message: 'Too many requests', param: null } }));
        return;
      }
      const headers = { ...request.headers };
      delete headers.host;
      delete headers['content-length'];
      const answer = await fetch(upstream + request.url, { method: request.method, headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined });
      const body = Buffer.from(await answer.arrayBuffer());
      if (step === 'drop') {
        request.socket.destroy(); // the server did the work; the client never hears of it
        return;
      }
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(body);
    });
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${proxy.address().port}`, seen, plan,
    stop: () => new Promise((resolve) => { proxy.closeAllConnections(); proxy.close(resolve); }) };
}

test('create and retrieve a checkout session', async () => {
  const session = await createSession({ metadata: { orderId: '1001' }, successUrl: 'https://shop.example/ok' });
  assert.match(session.id, /^cs_/);
  assert.equal(session.object, 'checkout_session');
  assert.equal(session.status, 'pending');
  assert.deepEqual(session.fiat, { amount: '30.00', currency: 'USD' });
  assert.ok(session.checkoutUrl.endsWith(`/checkout/${session.id}`));
  const again = await client.checkoutSessions.retrieve(session.id);
  assert.equal(again.id, session.id);
  assert.deepEqual(again.metadata, { orderId: '1001' });
  assert.deepEqual(again.refunds, []);
  // The same idempotency key returns the same session.
  const first = await client.checkoutSessions.create({ amount: { value: '5.00', currency: 'USD' } }, { idempotencyKey: 'order-1002-v1' });
  ++created;
  const second = await client.checkoutSessions.create({ amount: { value: '5.00', currency: 'USD' } }, { idempotencyKey: 'order-1002-v1' });
  assert.equal(second.id, first.id);
});

test('list iterates every page', async () => {
  for (let i = 0; i < 4; ++i) await createSession({ metadata: { orderId: `list-${i}` } });
  let requests = 0;
  const counting = new CryptoCheckout(server.key, { baseUrl: server.base,
    fetch: (...args) => { ++requests; return fetch(...args); } });
  const ids = [];
  for await (const session of counting.checkoutSessions.list({ limit: 2 })) ids.push(session.id);
  assert.equal(ids.length, created);
  assert.equal(new Set(ids).size, created);
  assert.equal(requests, Math.ceil(created / 2), `${created} sessions at 2 a page`);
  assert.ok(created >= 5, 'at least three pages');
  const firstPage = await counting.checkoutSessions.list({ limit: 2 });
  assert.equal(firstPage.object, 'list');
  assert.equal(firstPage.data.length, 2);
  assert.equal(firstPage.hasMore, true);
  assert.deepEqual(firstPage.data.map((s) => s.id), ids.slice(0, 2)); // newest first, like the iteration
});

test('expire a session', async () => {
  const session = await createSession();
  const expired = await client.checkoutSessions.expire(session.id);
  assert.equal(expired.status, 'expired');
  await assert.rejects(client.checkoutSessions.expire(session.id), (error) =>
    error instanceof CryptoCheckoutError && error.statusCode === 400 && error.code === 'session_not_expirable');
});

test('errors carry type, code, param and status', async () => {
  await assert.rejects(client.checkoutSessions.retrieve('cs_missing'), (error) => {
    assert.ok(error instanceof CryptoCheckoutError);
    assert.equal(error.statusCode, 404);
    assert.equal(error.type, 'invalid_request_error');
    assert.equal(error.code, 'resource_missing');
    assert.equal(error.param, 'id');
    assert.match(error.message, /cs_missing/);
    return true;
  });
  await assert.rejects(client.checkoutSessions.create({ amount: { value: 30, currency: 'USD' } }), (error) =>
    error.statusCode === 400 && error.param === 'amount.value');
  const wrongKey = new CryptoCheckout('ck_test_nottherightkey', { baseUrl: server.base });
  await assert.rejects(wrongKey.checkoutSessions.list(), (error) => error.statusCode === 401 && error.type === 'authentication_error');
  await assert.rejects(new CryptoCheckout('ck_test_x', { baseUrl: 'http://127.0.0.1:9', maxRetries: 1 }).checkoutSessions.retrieve('cs_1'),
    (error) => error.type === 'api_connection_error' && error.statusCode === null);
  assert.throws(() => new CryptoCheckout('sk_live_x'), CryptoCheckoutError);
  assert.throws(() => client.checkoutSessions.retrieve('../api_keys'), CryptoCheckoutError);
});

test('a create whose answer is lost is retried with its key and creates one session', async () => {
  const proxy = await startProxy(server.base);
  try {
    const viaProxy = new CryptoCheckout(server.key, { baseUrl: proxy.base, maxRetries: 2 });
    proxy.plan.push('drop');
    const before = (await client.checkoutSessions.list({ limit: 100 }).toArray()).length;
    const session = await viaProxy.checkoutSessions.create({ amount: { value: '12.00', currency: 'USD' }, metadata: { orderId: 'dropped' } });
    ++created;
    assert.equal(proxy.seen.length, 2, 'sent twice');
    assert.ok(proxy.seen[0].idempotencyKey?.startsWith('node-'));
    assert.equal(proxy.seen[1].idempotencyKey, proxy.seen[0].idempotencyKey, 'the same key on the retry');
    const after = await client.checkoutSessions.list({ limit: 100 }).toArray();
    assert.equal(after.length, before + 1, 'one session, not two');
    assert.equal(after.filter((s) => s.metadata?.orderId === 'dropped').length, 1);
    assert.equal(after[0].id, session.id);

    // 429 with Retry-After: 1 is waited out, then answered.
    proxy.plan.push('busy');
    const started = Date.now();
    const again = await viaProxy.checkoutSessions.retrieve(session.id);
    assert.equal(again.id, session.id);
    assert.ok(Date.now() - started >= 900, 'waited for Retry-After');
    // Without retries left, the 429 is the error.
    proxy.plan.push('busy');
    await assert.rejects(new CryptoCheckout(server.key, { baseUrl: proxy.base, maxRetries: 0 }).checkoutSessions.retrieve(session.id),
      (error) => error.statusCode === 429 && error.code === 'rate_limited');
  } finally {
    await proxy.stop();
  }
});

test('constructEvent verifies real deliveries, also while the secret is rolled', async () => {
  const deliveries = [];
  const receiver = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ body: Buffer.concat(chunks), signature: request.headers['crypto-checkout-signature'] });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const waitFor = async (count) => {
    for (let i = 0; i < 200 && deliveries.length < count; ++i) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(deliveries.length >= count, `${count} deliveries arrived`);
  };
  try {
    const endpoint = await client.webhookEndpoints.create({ url: `http://127.0.0.1:${receiver.address().port}/hooks`, events: ['session.created'] });
    assert.match(endpoint.secret, /^whsec_/);
    const session = await createSession();
    await waitFor(1);
    const { body, signature } = deliveries[0];
    const event = client.webhooks.constructEvent(body, signature, endpoint.secret);
    assert.equal(event.type, 'session.created');
    assert.equal(event.data.object.id, session.id);
    assert.deepEqual(client.webhooks.constructEvent(body.toString('utf8'), signature, endpoint.secret), event);

    const refused = (fn, pattern) => assert.throws(fn, (error) =>
      error instanceof CryptoCheckoutSignatureVerificationError && error instanceof CryptoCheckoutError && pattern.test(error.message));
    refused(() => client.webhooks.constructEvent(Buffer.concat([body, Buffer.from(' ')]), signature, endpoint.secret), /no v1 signature matches/);
    refused(() => client.webhooks.constructEvent(body, signature, 'whsec_wrong'), /no v1 signature matches/);
    refused(() => client.webhooks.constructEvent(body, signature.replace(/,v1=[0-9a-f]+/g, ''), endpoint.secret), /no v1/);
    refused(() => client.webhooks.constructEvent(body, undefined, endpoint.secret), /no timestamp/);
    refused(() => client.webhooks.constructEvent(JSON.parse(body), signature, endpoint.secret), /as received/);
    refused(() => client.webhooks.constructEvent(body, signature, endpoint.secret, 300, { now: Date.now() + 301_000 }), /more than 300 s/);

    // Rolled: for a day both secrets sign; either one alone verifies.
    const rolled = await client.webhookEndpoints.update(endpoint.id, { rollSecret: true });
    assert.notEqual(rolled.secret, endpoint.secret);
    await createSession();
    await waitFor(2);
    const next = deliveries[1];
    assert.equal((next.signature.match(/v1=/g) ?? []).length, 2);
    assert.equal(client.webhooks.constructEvent(next.body, next.signature, endpoint.secret).type, 'session.created');
    assert.equal(client.webhooks.constructEvent(next.body, next.signature, rolled.secret).type, 'session.created');
    assert.equal(client.webhooks.constructEvent(next.body, next.signature, ['whsec_other', rolled.secret]).type, 'session.created');
  } finally {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
});

test('the generated types are those of the served openapi.json', async () => {
  const served = await readDocument(`${server.base}/api/v1/openapi.json`);
  const committed = fs.readFileSync(path.join(here, '../src/types.d.ts'), 'utf8');
  assert.equal(generateTypes(served), committed,
    'src/types.d.ts is not what the API describes: run `npm run generate-types` in sdk/node');
  for (const name of ['CheckoutSession', 'Refund', 'PaymentLink', 'WebhookEndpoint', 'Event'])
    assert.match(committed, new RegExp(`export interface ${name} \\{`));
});

test('the TypeScript declarations check a shop\'s usage', async () => {
  const { execFileSync } = await import('node:child_process');
  const tsc = path.join(here, '../../../tests/node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom,dom.asynciterable', path.join(here, 'usage.ts')], { stdio: 'pipe' });
});
