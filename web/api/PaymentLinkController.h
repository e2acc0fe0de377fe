#pragma once

#include "ApiAccess.h"

class CheckoutService;
class Router;

// /api/v1/payment_links: create, list, retrieve, update.
class PaymentLinkController
{
public:
    PaymentLinkController(ApiAccess &access, CheckoutService &checkout);
    void registerRoutes(Router &router);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse update(HttpRequest &request);

    ApiAccess &m_access;
    CheckoutService &m_checkout;
};
