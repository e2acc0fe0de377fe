#pragma once

#include "ApiAccess.h"

#include <QHash>

class CheckoutService;
class Router;

// /api/v1/checkout_sessions: create, list, retrieve, expire.
class CheckoutSessionController
{
public:
    CheckoutSessionController(ApiAccess &access, CheckoutService &checkout);
    void registerRoutes(Router &router);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse expire(HttpRequest &request);

    ApiAccess &m_access;
    CheckoutService &m_checkout;
    // The answer to a GET of a session, kept while the service hands out the same view version (that is,
    // while the database is unchanged): a poller costs no JSON building between changes. Per API key,
    // since the ETag is.
    struct CachedAnswer
    {
        quint64 version = 0;
        HttpResponse response;
    };
    QHash<QString, CachedAnswer> m_answers; // session id + key id -> answer
    static constexpr qsizetype kMaxCachedAnswers = 4096;
};
