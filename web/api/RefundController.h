#pragma once

#include "ApiAccess.h"
#include "Refund.h"

#include <functional>

class CheckoutService;
class Router;

// Refunds: POST/GET /api/v1/checkout_sessions/{id}/refunds, GET /api/v1/refunds/{id},
// POST /api/v1/refunds/{id}/cancel and POST /api/v1/refunds/{id}/transaction (the owner names the
// transaction that paid it; answered once the chain's node has said what it sent).
class RefundController
{
public:
    // Services::attachRefundTransaction: reads the transaction from the chain, records it on the refund.
    using AttachTransaction =
        std::function<void(const QString &refundId, bool livemode, const QString &txHash,
                           std::function<void(const std::function<Refund()> &)> done)>;
    RefundController(ApiAccess &access, CheckoutService &checkout, AttachTransaction attach);
    void registerRoutes(Router &router);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse cancel(HttpRequest &request);
    HttpResponse attachTransaction(HttpRequest &request);

    ApiAccess &m_access;
    CheckoutService &m_checkout;
    AttachTransaction m_attach;
};
