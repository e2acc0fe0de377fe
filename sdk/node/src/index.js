// @cryptocheckout/node: the Crypto Checkout API from Node.js (>= 18, global fetch, no dependencies).
//
//   import { CryptoCheckout } from '@cryptocheckout/node';
//   const cryptoCheckout = new CryptoCheckout(process.env.CRYPTO_CHECKOUT_KEY, { baseUrl: 'http://127.0.0.1:8420' });
//   const session = await cryptoCheckout.checkoutSessions.create({ amount: { value: '99.00', currency: 'USD' } });
//   // redirect the customer to session.checkoutUrl
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const VERSION = '0.1.0';
const DEFAULT_BASE_URL = 'http://127.0.0.1:8420';

/** An answer of the API that is not a success, or a request that never got one. */
export class CryptoCheckoutError extends Error {
  constructor({ message, type = 'api_error', code = null, param = null, statusCode = null, headers = {}, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = 'CryptoCheckoutError';
    this.type = type;
    this.code = code;
    this.param = param;
    this.statusCode = statusCode;
    this.headers = headers;
  }
}

/** A webhook whose signature does not hold: wrong secret, no v1, a stale timestamp, a malformed header. */
export class CryptoCheckoutSignatureVerificationError extends CryptoCheckoutError {
  constructor(message, header) {
    super({ message, type: 'signature_verification_error', code: 'signature_invalid' });
    this.name = 'CryptoCheckoutSignatureVerificationError';
    this.header = header;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function queryString(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null) continue;
    // The API's pagination parameters are snake_case; the package takes both spellings.
    const name = { startingAfter: 'starting_after', endingBefore: 'ending_before' }[key] ?? key;
    if (typeof value === 'object' && !(value instanceof Date)) {
      for (const [inner, innerValue] of Object.entries(value)) // created: { gte, lte } -> created[gte]
        if (innerValue !== undefined && innerValue !== null) search.append(`${name}[${inner}]`, String(innerValue));
    } else {
      search.append(name, value instanceof Date ? String(Math.floor(value.getTime() / 1000)) : String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// What list() returns: awaited, the first page ({object:'list', data, hasMore, url}); iterated with
// `for await`, every object of every page, the next page fetched as the previous one runs out.
class ListResult {
  constructor(fetchPage, params) {
    this._fetchPage = fetchPage;
    this._params = { ...(params ?? {}) };
    this._first = null;
  }

  _firstPage() {
    this._first ??= this._fetchPage(this._params);
    return this._first;
  }

  then(resolve, reject) {
    return this._firstPage().then(resolve, reject);
  }

  catch(reject) {
    return this._firstPage().catch(reject);
  }

  async *[Symbol.asyncIterator]() {
    let page = await this._firstPage();
    const backwards = this._params.endingBefore !== undefined || this._params.ending_before !== undefined;
    for (;;) {
      for (const item of page.data) yield item;
      if (!page.hasMore || page.data.length === 0) return;
      const edge = backwards ? page.data[0].id : page.data[page.data.length - 1].id;
      const next = { ...this._params };
      delete next.startingAfter; delete next.starting_after; delete next.endingBefore; delete next.ending_before;
      next[backwards ? 'endingBefore' : 'startingAfter'] = edge;
      page = await this._fetchPage(next);
    }
  }

  /** Every object of every page, in one array (stops with an error past `limit` objects). */
  async toArray({ limit = 10000 } = {}) {
    const all = [];
    for await (const item of this) {
      if (all.length >= limit) throw new CryptoCheckoutError({ message: `more than ${limit} objects; iterate instead` });
      all.push(item);
    }
    return all;
  }
}

class Resource {
  constructor(client) {
    Object.defineProperty(this, '_client', { value: client }); // not enumerable: no cycle for JSON or logs
  }

  _get(path, query) {
    return this._client.request('GET', path + queryString(query));
  }

  _post(path, body, options) {
    return this._client.request('POST', path, { body: body ?? {}, ...(options ?? {}) });
  }

  _list(path, params) {
    return new ListResult((query) => this._get(path, query), params);
  }
}

function id(value, what) {
  if (typeof value !== 'string' || value === '' || /[/?#\s]/.test(value))
    throw new CryptoCheckoutError({ message: `${what} must be an id such as the API returns`, type: 'invalid_request_error', code: 'parameter_invalid', param: 'id' });
  return encodeURIComponent(value);
}

class CheckoutSessions extends Resource {
  create(params, options) { return this._post('/api/v1/checkout_sessions', params, options); }
  retrieve(sessionId) { return this._get(`/api/v1/checkout_sessions/${id(sessionId, 'sessionId')}`); }
  list(params) { return this._list('/api/v1/checkout_sessions', params); }
  expire(sessionId, options) { return this._post(`/api/v1/checkout_sessions/${id(sessionId, 'sessionId')}/expire`, {}, options); }
}

class Refunds extends Resource {
  create(sessionId, params, options) { return this._post(`/api/v1/checkout_sessions/${id(sessionId, 'sessionId')}/refunds`, params, options); }
  list(sessionId) { return this._list(`/api/v1/checkout_sessions/${id(sessionId, 'sessionId')}/refunds`, {}); }
  retrieve(refundId) { return this._get(`/api/v1/refunds/${id(refundId, 'refundId')}`); }
  cancel(refundId, options) { return this._post(`/api/v1/refunds/${id(refundId, 'refundId')}/cancel`, {}, options); }
  attachTransaction(refundId, txHash, options) {
    return this._post(`/api/v1/refunds/${id(refundId, 'refundId')}/transaction`, { txHash }, options);
  }
}

class PaymentLinks extends Resource {
  create(params, options) { return this._post('/api/v1/payment_links', params, options); }
  retrieve(linkId) { return this._get(`/api/v1/payment_links/${id(linkId, 'linkId')}`); }
  update(linkId, params, options) { return this._post(`/api/v1/payment_links/${id(linkId, 'linkId')}`, params, options); }
  list(params) { return this._list('/api/v1/payment_links', params); }
}

class WebhookEndpoints extends Resource {
  create(params, options) { return this._post('/api/v1/webhook_endpoints', params, options); }
  retrieve(endpointId) { return this._get(`/api/v1/webhook_endpoints/${id(endpointId, 'endpointId')}`); }
  update(endpointId, params, options) { return this._post(`/api/v1/webhook_endpoints/${id(endpointId, 'endpointId')}`, params, options); }
  list(params) { return this._list('/api/v1/webhook_endpoints', params); }
  del(endpointId) { return this._client.request('DELETE', `/api/v1/webhook_endpoints/${id(endpointId, 'endpointId')}`); }
  sendTest(endpointId, options) { return this._post(`/api/v1/webhook_endpoints/${id(endpointId, 'endpointId')}/test`, {}, options); }
}

class Events extends Resource {
  retrieve(eventId) { return this._get(`/api/v1/events/${id(eventId, 'eventId')}`); }
  list(params) { return this._list('/api/v1/events', params); }
  redeliver(eventId, options) { return this._post(`/api/v1/events/${id(eventId, 'eventId')}/redeliver`, {}, options); }
}

function parseSignatureHeader(header) {
  let timestamp = null;
  const signatures = [];
  for (const part of String(header ?? '').split(',')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  return { timestamp, signatures };
}

class Webhooks {
  /**
   * Checks a delivery's Crypto-Checkout-Signature and returns the parsed event. rawBody: the request body
   * exactly as received (a Buffer or string; not re-serialised JSON). secret: the endpoint's whsec_… secret,
   * or a list of them (the old and the new while you switch). Throws CryptoCheckoutSignatureVerificationError.
   */
  constructEvent(rawBody, signatureHeader, secret, toleranceSeconds = 300, { now = Date.now() } = {}) {
    const body = Buffer.isBuffer(rawBody) ? rawBody : rawBody instanceof Uint8Array ? Buffer.from(rawBody) : Buffer.from(String(rawBody ?? ''), 'utf8');
    if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array))
      throw new CryptoCheckoutSignatureVerificationError('rawBody must be the body as received (a Buffer or a string), not parsed JSON', signatureHeader);
    const secrets = (Array.isArray(secret) ? secret : [secret]).filter((value) => typeof value === 'string' && value !== '');
    if (secrets.length === 0)
      throw new CryptoCheckoutSignatureVerificationError('no webhook secret given', signatureHeader);
    const { timestamp, signatures } = parseSignatureHeader(signatureHeader);
    if (timestamp === null)
      throw new CryptoCheckoutSignatureVerificationError('the signature header has no timestamp (t=…)', signatureHeader);
    if (signatures.length === 0)
      throw new CryptoCheckoutSignatureVerificationError('the signature header has no v1 signature', signatureHeader);
    const signedPayload = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
    const matches = secrets.some((key) => {
      const expected = createHmac('sha256', key).update(signedPayload).digest();
      return signatures.some((candidate) => timingSafeEqual(expected, Buffer.from(candidate, 'hex')));
    });
    if (!matches)
      throw new CryptoCheckoutSignatureVerificationError('no v1 signature matches the secret and the body', signatureHeader);
    if (toleranceSeconds > 0 && Math.abs(Math.floor(now / 1000) - timestamp) > toleranceSeconds)
      throw new CryptoCheckoutSignatureVerificationError(`the timestamp is more than ${toleranceSeconds} s from now (a replay?)`, signatureHeader);
    try {
      return JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new CryptoCheckoutSignatureVerificationError(`the signed body is not JSON: ${error.message}`, signatureHeader);
    }
  }

  /** The header value a delivery of payload signed with secret at timestamp carries (for your own tests). */
  generateTestHeaderString({ payload, secret, timestamp = Math.floor(Date.now() / 1000) }) {
    const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
    return `t=${timestamp},v1=${signature}`;
  }
}

export class CryptoCheckout {
  /**
   * @param {string} apiKey ck_test_… or ck_live_…
   * @param {{baseUrl?: string, timeoutMs?: number, maxRetries?: number}} [options]
   */
  constructor(apiKey, { baseUrl = DEFAULT_BASE_URL, timeoutMs = 30000, maxRetries = 2, fetch: fetchImpl } = {}) {
    if (typeof apiKey !== 'string' || !/^ck_(test|live)_/.test(apiKey))
      throw new CryptoCheckoutError({ message: 'the API key must be a ck_test_… or ck_live_… key', type: 'authentication_error', code: 'api_key_invalid' });
    let url;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new CryptoCheckoutError({ message: `baseUrl ${baseUrl} is not a URL such as http://127.0.0.1:8420`, type: 'invalid_request_error', code: 'parameter_invalid', param: 'baseUrl' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new CryptoCheckoutError({ message: `baseUrl must be http(s), not ${url.protocol}`, type: 'invalid_request_error', code: 'parameter_invalid', param: 'baseUrl' });
    // Not enumerable: the key does not show in console.log(client) or JSON.
    Object.defineProperty(this, '_apiKey', { value: apiKey });
    this.baseUrl = url.href.replace(/\/+$/, '');
    this.timeoutMs = timeoutMs;
    this.maxRetries = Math.max(0, Math.floor(maxRetries));
    this._fetch = fetchImpl ?? globalThis.fetch;
    if (typeof this._fetch !== 'function')
      throw new CryptoCheckoutError({ message: 'no global fetch: Node.js 18 or newer is needed' });
    this.checkoutSessions = new CheckoutSessions(this);
    this.refunds = new Refunds(this);
    this.paymentLinks = new PaymentLinks(this);
    this.webhookEndpoints = new WebhookEndpoints(this);
    this.events = new Events(this);
    this.webhooks = new Webhooks();
  }

  // How long to wait before attempt `attempt` (1, 2, …): the server's Retry-After when it gave one (at
  // most a minute), otherwise 0.5 s doubling, with jitter, at most 8 s.
  static _delayMs(attempt, retryAfter) {
    const seconds = Number(retryAfter);
    if (retryAfter !== null && retryAfter !== undefined && Number.isFinite(seconds) && seconds >= 0)
      return Math.min(seconds, 60) * 1000;
    const base = Math.min(8000, 500 * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
  }

  static _retryable(status) {
    return status === 409 || status === 429 || status >= 500;
  }

  /**
   * One API call with retries. A POST carries an Idempotency-Key (options.idempotencyKey, or a generated
   * one), the same on every retry, so a retried create never creates twice.
   */
  async request(method, path, { body, idempotencyKey, maxRetries = this.maxRetries, timeoutMs = this.timeoutMs } = {}) {
    const headers = {
      authorization: `Bearer ${this._apiKey}`,
      accept: 'application/json',
      'user-agent': `cryptocheckout-node/${VERSION} node/${process.versions.node}`,
    };
    let payload;
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['idempotency-key'] = idempotencyKey ?? `node-${randomUUID()}`;
      payload = JSON.stringify(body ?? {});
    }
    for (let attempt = 0; ; ++attempt) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response;
      let text;
      try {
        response = await this._fetch(this.baseUrl + path, { method, headers, body: payload, signal: controller.signal });
        text = await response.text();
      } catch (cause) {
        clearTimeout(timer);
        if (attempt < maxRetries) {
          await sleep(CryptoCheckout._delayMs(attempt + 1));
          continue;
        }
        const timedOut = controller.signal.aborted;
        throw new CryptoCheckoutError({
          message: timedOut ? `${method} ${path}: no answer within ${timeoutMs} ms` : `${method} ${path}: ${cause?.cause?.message ?? cause?.message ?? cause}`,
          type: 'api_connection_error', code: timedOut ? 'timeout' : 'connection_failed', cause,
        });
      }
      clearTimeout(timer);
      const responseHeaders = Object.fromEntries(response.headers.entries());
      if (response.ok) {
        if (response.status === 204 || text === '') return {};
        try {
          return JSON.parse(text);
        } catch (cause) {
          throw new CryptoCheckoutError({ message: `${method} ${path}: the answer is not JSON`, statusCode: response.status, headers: responseHeaders, cause });
        }
      }
      if (CryptoCheckout._retryable(response.status) && attempt < maxRetries) {
        await sleep(CryptoCheckout._delayMs(attempt + 1, response.headers.get('retry-after')));
        continue;
      }
      let error = {};
      try {
        error = JSON.parse(text).error ?? {};
      } catch {
        // not the API's error shape (a proxy's page): said with the status below
      }
      throw new CryptoCheckoutError({
        message: error.message ?? `${method} ${path}: HTTP ${response.status}`,
        type: error.type ?? 'api_error', code: error.code ?? null, param: error.param ?? null,
        statusCode: response.status, headers: responseHeaders,
      });
    }
  }
}

export default CryptoCheckout;
