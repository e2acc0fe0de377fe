#pragma once

#include "ApiAccess.h"

class Router;
class WebhookService;

// /api/v1/webhook_endpoints: create (the secret shown once), list, retrieve, update (roll the secret),
// delete, send a test event.
class WebhookEndpointController
{
public:
    WebhookEndpointController(ApiAccess &access, WebhookService &webhooks);
    void registerRoutes(Router &router);

private:
    HttpResponse create(HttpRequest &request);
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse update(HttpRequest &request);
    HttpResponse remove(HttpRequest &request);
    HttpResponse sendTest(HttpRequest &request);

    ApiAccess &m_access;
    WebhookService &m_webhooks;
};
