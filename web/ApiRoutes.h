#pragma once

#include "ApiKey.h"
#include "HttpTypes.h"

#include <QJsonObject>

#include <functional>

class ApiKeyService;
class CheckoutService;
class TestWallet;
class Clock;
class RateLimiter;
class Router;
class Storage;
class WebhookService;
struct SessionQuery;

// The merchant REST API (/api/v1) and the public payment-link entry (/l/{id}). Routes are registered in
// one file per resource (CheckoutSessionRoutes.cpp, PaymentLinkRoutes.cpp, PublicRoutes.cpp); each
// handler reads the request, calls CheckoutService and writes JSON. Authentication, idempotency and
// pagination live here, once.
class ApiRoutes
{
public:
    // Whether the request carries a valid API key (Authorization: Bearer …), for routes that show more to
    // key holders than to anyone.
    bool hasValidKey(const HttpRequest &request);
    ApiRoutes(Router &router, CheckoutService &checkout, ApiKeyService &keys, WebhookService &webhooks,
              Storage &store, const Clock &clock, RateLimiter &publicLimiter, TestWallet &testWallet);

    void registerAll();

    static constexpr qint64 kIdempotencyRetentionMs = 48LL * 60 * 60 * 1000; // at least the promised 24 h
    static constexpr qint64 kAbandonedClaimMs = 60'000;

private:
    enum class Access { Read, Write };

    void registerCheckoutSessionRoutes();
    void registerPaymentLinkRoutes();
    void registerPublicRoutes();
    void registerWebhookRoutes();
    void registerDocumentRoutes();
    void registerTestHelperRoutes();

    // The key from "Authorization: Bearer …", or 401/403.
    ApiKey authenticate(const HttpRequest &request, Access access);
    // Runs a POST with Stripe's Idempotency-Key semantics. The handler gets a function to call inside its
    // own transaction with the response it is about to return (see CheckoutService::createSession); if it
    // does not, the response is recorded right after.
    using Recorder = std::function<void(const HttpResponse &)>;
    HttpResponse idempotent(const HttpRequest &request, const ApiKey &key,
                            const std::function<HttpResponse(const Recorder &)> &handler);

    // limit, starting_after, ending_before: validated.
    struct Page
    {
        int limit = 10;
        QString startingAfter;
        QString endingBefore;
    };
    static Page readPage(const HttpRequest &request, const QStringList &otherParameters);
    static QJsonObject list(const QString &url, const QJsonArray &data, bool hasMore);

    Router &m_router;
    CheckoutService &m_checkout;
    ApiKeyService &m_keys;
    WebhookService &m_webhooks;
    Storage &m_store;
    const Clock &m_clock;
    RateLimiter &m_publicLimiter;
    TestWallet &m_testWallet;
};
