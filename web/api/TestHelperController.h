#pragma once

#include "ApiAccess.h"

class Router;
class TestWallet;

// Test helpers (/api/v1/test_helpers/…): pay a test session for real and mine blocks on the test chain, so
// a shop's developer can drive every status and webhook without a wallet. Test keys only: to a live key
// these routes do not exist (404), like Stripe's. Both answer later (deferred), once the chain has.
class TestHelperController
{
public:
    TestHelperController(ApiAccess &access, TestWallet &wallet);
    void registerRoutes(Router &router);

private:
    ApiKey testKey(const HttpRequest &request) const;
    HttpResponse pay(HttpRequest &request);
    HttpResponse mine(HttpRequest &request);

    ApiAccess &m_access;
    TestWallet &m_wallet;
};
