#pragma once

#include "ApiAccess.h"

#include <functional>

class ChainWatcher;
class CheckoutService;
class Router;

// Refunds: POST/GET /api/v1/checkout_sessions/{id}/refunds, GET /api/v1/refunds/{id},
// POST /api/v1/refunds/{id}/cancel and POST /api/v1/refunds/{id}/transaction (the owner names the
// transaction that paid it; answered once the chain's node has said what it sent).
class RefundController
{
public:
    using WatcherLookup = std::function<ChainWatcher *(qint64 chainId)>;
    RefundController(ApiAccess &access, CheckoutService &checkout, WatcherLookup watchers);
    void registerRoutes(Router &router);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse cancel(HttpRequest &request);
    HttpResponse attachTransaction(HttpRequest &request);

    ApiAccess &m_access;
    CheckoutService &m_checkout;
    WatcherLookup m_watchers;
};
