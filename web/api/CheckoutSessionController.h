#pragma once

#include "ApiAccess.h"

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
};
