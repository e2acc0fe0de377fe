// The client's declarations. The objects' shapes (CheckoutSession, Refund, …) are generated from the API's
// openapi.json into types.d.ts.
import type {
  CheckoutSession,
  CheckoutSessionCreate,
  Event,
  PaymentLink,
  PaymentLinkCreate,
  PaymentLinkUpdate,
  Refund,
  RefundCreate,
  WebhookEndpoint,
  WebhookEndpointCreate,
  WebhookEndpointUpdate,
} from './types.js';

export * from './types.js';

export declare const VERSION: string;

export interface ClientOptions {
  /** The server's address, as in its publicUrl. Default http://127.0.0.1:8420. */
  baseUrl?: string;
  /** Per attempt. Default 30000. */
  timeoutMs?: number;
  /** Retries of network errors, 409, 429 (after Retry-After) and 5xx. Default 2. */
  maxRetries?: number;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Sent as Idempotency-Key; generated when absent, and the same on every retry of the call. */
  idempotencyKey?: string;
  maxRetries?: number;
  timeoutMs?: number;
}

export interface ListParams {
  /** 1 to 100 per page. Default 10. */
  limit?: number;
  startingAfter?: string;
  endingBefore?: string;
}

export interface SessionListParams extends ListParams {
  status?: CheckoutSession['status'];
  linkId?: string;
  /** Unix seconds, an ISO 8601 date-time, or a Date. */
  created?: { gte?: number | string | Date; lte?: number | string | Date };
}

export interface EventListParams extends ListParams {
  type?: string;
  sessionId?: string;
}

export interface ListPage<T> {
  object: 'list';
  url: string;
  hasMore: boolean;
  data: T[];
}

/** Awaited: the first page. Iterated with `for await`: every object of every page. */
export interface ListResult<T> extends PromiseLike<ListPage<T>>, AsyncIterable<T> {
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<ListPage<T> | R>;
  toArray(options?: { limit?: number }): Promise<T[]>;
}

export declare class CryptoCheckoutError extends Error {
  /** invalid_request_error, authentication_error, permission_error, idempotency_error, api_error,
   * api_connection_error (no answer), signature_verification_error */
  type: string;
  code: string | null;
  param: string | null;
  /** The HTTP status; null when no answer came. */
  statusCode: number | null;
  headers: Record<string, string>;
}

export declare class CryptoCheckoutSignatureVerificationError extends CryptoCheckoutError {
  header: string | undefined;
}

declare class CheckoutSessions {
  create(params: CheckoutSessionCreate, options?: RequestOptions): Promise<CheckoutSession>;
  retrieve(id: string): Promise<CheckoutSession>;
  list(params?: SessionListParams): ListResult<CheckoutSession>;
  expire(id: string, options?: RequestOptions): Promise<CheckoutSession>;
}

declare class Refunds {
  create(sessionId: string, params?: RefundCreate, options?: RequestOptions): Promise<Refund>;
  list(sessionId: string): ListResult<Refund>;
  retrieve(id: string): Promise<Refund>;
  cancel(id: string, options?: RequestOptions): Promise<Refund>;
  attachTransaction(id: string, txHash: string, options?: RequestOptions): Promise<Refund>;
}

declare class PaymentLinks {
  create(params: PaymentLinkCreate, options?: RequestOptions): Promise<PaymentLink>;
  retrieve(id: string): Promise<PaymentLink>;
  update(id: string, params: PaymentLinkUpdate, options?: RequestOptions): Promise<PaymentLink>;
  list(params?: ListParams): ListResult<PaymentLink>;
}

declare class WebhookEndpoints {
  create(params: WebhookEndpointCreate, options?: RequestOptions): Promise<WebhookEndpoint>;
  retrieve(id: string): Promise<WebhookEndpoint>;
  update(id: string, params: WebhookEndpointUpdate, options?: RequestOptions): Promise<WebhookEndpoint>;
  list(params?: ListParams): ListResult<WebhookEndpoint>;
  del(id: string): Promise<unknown>;
  sendTest(id: string, options?: RequestOptions): Promise<Event>;
}

declare class Events {
  retrieve(id: string): Promise<Event>;
  list(params?: EventListParams): ListResult<Event>;
  redeliver(id: string, options?: RequestOptions): Promise<unknown>;
}

declare class Webhooks {
  /**
   * Checks the Crypto-Checkout-Signature header against the raw body and returns the event. secret may list
   * the old and the new secret while one is rolled. Throws CryptoCheckoutSignatureVerificationError.
   */
  constructEvent(
    rawBody: string | Uint8Array,
    signatureHeader: string | undefined,
    secret: string | string[],
    toleranceSeconds?: number,
  ): Event;
  generateTestHeaderString(options: { payload: string; secret: string; timestamp?: number }): string;
}

export declare class CryptoCheckout {
  constructor(apiKey: string, options?: ClientOptions);
  readonly baseUrl: string;
  readonly checkoutSessions: CheckoutSessions;
  readonly refunds: Refunds;
  readonly paymentLinks: PaymentLinks;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly webhooks: Webhooks;
  request<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, options?: RequestOptions & { body?: unknown }): Promise<T>;
}

export default CryptoCheckout;
