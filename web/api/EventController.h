#pragma once

#include "ApiAccess.h"

class Router;
class WebhookService;

// /api/v1/events: list, retrieve (with where it was delivered), redeliver.
class EventController
{
public:
    EventController(ApiAccess &access, WebhookService &webhooks);
    void registerRoutes(Router &router);

private:
    HttpResponse list(HttpRequest &request);
    HttpResponse retrieve(HttpRequest &request);
    HttpResponse redeliver(HttpRequest &request);

    ApiAccess &m_access;
    WebhookService &m_webhooks;
};
