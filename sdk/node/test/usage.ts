// What a shop's TypeScript writes: type-checked (tsc --strict --noEmit) by client.test.mjs, never run.
import { CryptoCheckout, CryptoCheckoutError, type CheckoutSession, type Refund } from '../src/index.js';

export async function shop(apiKey: string, rawBody: string, signature: string | undefined): Promise<string> {
  const cryptoCheckout = new CryptoCheckout(apiKey, { baseUrl: 'http://127.0.0.1:8420', timeoutMs: 10_000, maxRetries: 3 });
  const session: CheckoutSession = await cryptoCheckout.checkoutSessions.create(
    { amount: { value: '99.00', currency: 'USD' }, successUrl: 'https://shop.example/ok', metadata: { orderId: '123' } },
    { idempotencyKey: 'order-123-v1' },
  );
  const status: 'pending' | 'detected' | 'underpaid' | 'overpaid' | 'paid' | 'paid_late' | 'expired' | 'failed' = session.status;
  for await (const each of cryptoCheckout.checkoutSessions.list({ limit: 10, status: 'paid' })) {
    const wei: string = each.amount.wei;
    void wei;
  }
  const page = await cryptoCheckout.checkoutSessions.list();
  const more: boolean = page.hasMore;
  const refund: Refund = await cryptoCheckout.refunds.create(session.id, { amount: { value: '10.00', currency: 'USD' } });
  const refundStatus: 'pending' | 'succeeded' | 'canceled' = refund.status;
  try {
    await cryptoCheckout.checkoutSessions.retrieve('cs_missing');
  } catch (error) {
    if (error instanceof CryptoCheckoutError && error.statusCode === 404) return error.code ?? '';
  }
  const event = cryptoCheckout.webhooks.constructEvent(rawBody, signature, ['whsec_old', 'whsec_new']);
  return `${status} ${more} ${refundStatus} ${event.type} ${session.checkoutUrl}`;
}
