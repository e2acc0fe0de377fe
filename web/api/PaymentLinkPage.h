#pragma once

#include "HttpTypes.h"

class CheckoutService;
class Clock;
class RateLimiter;
class Router;

// The public entry of a payment link, /l/{id}: every visit creates a fresh session in the link's mode and
// sends the customer to its checkout page. Unauthenticated, so rate-limited per client; answers are pages
// for a person, not JSON.
class PaymentLinkPage
{
public:
    PaymentLinkPage(CheckoutService &checkout, RateLimiter &limiter, const Clock &clock);
    void registerRoutes(Router &router);

private:
    HttpResponse visit(HttpRequest &request);

    CheckoutService &m_checkout;
    RateLimiter &m_limiter;
    const Clock &m_clock;
};
