#pragma once

#include "ApiAccess.h"
#include "CheckoutSessionController.h"
#include "EventController.h"
#include "PaymentLinkController.h"
#include "PaymentLinkPage.h"
#include "RefundController.h"
#include "ReportController.h"
#include "TestHelperController.h"
#include "WebhookEndpointController.h"

class Router;
class Services;
class RateLimiter;

// The merchant REST API (/api/v1), one controller per resource (web/api/), and the public payment-link
// entry (/l/{id}). Authentication, idempotency and pagination live in ApiAccess, once; each handler reads
// the request, calls a service and writes JSON. Domain errors become HTTP in HttpServer::guarded.
class ApiRoutes
{
public:
    ApiRoutes(Services &services, RateLimiter &publicLimiter);

    void registerAll(Router &router);
    // Whether the request carries a valid API key, for routes that show more to key holders than to anyone.
    bool hasValidKey(const HttpRequest &request) const { return m_access.hasValidKey(request); }

private:
    static void registerDocuments(Router &router);

    ApiAccess m_access;
    CheckoutSessionController m_sessions;
    PaymentLinkController m_links;
    WebhookEndpointController m_endpoints;
    EventController m_events;
    ReportController m_reports;
    RefundController m_refunds;
    TestHelperController m_testHelpers;
    PaymentLinkPage m_linkPage;
};
