#include "EventController.h"

#include "JsonBody.h"
#include "Router.h"
#include "WebhookService.h"
#include "WireJson.h"

using namespace Qt::StringLiterals;

namespace {
const QString kCollection = u"/api/v1/events"_s;
} // namespace

EventController::EventController(ApiAccess &access, WebhookService &webhooks)
    : m_access(access)
    , m_webhooks(webhooks)
{}

void EventController::registerRoutes(Router &router)
{
    router.add("GET", kCollection, [this](HttpRequest &request) { return list(request); });
    router.add("GET", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return retrieve(request); });
    router.add("POST", kCollection + u"/{id}/redeliver"_s,
               [this](HttpRequest &request) { return redeliver(request); });
}

HttpResponse EventController::list(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const ApiAccess::Page page =
        ApiAccess::readForwardPage(request, u"Events"_s, {u"type"_s, u"sessionId"_s});
    bool hasMore = false;
    QJsonArray data;
    for (const Event &event :
         m_webhooks.events(key.livemode, page.limit, page.startingAfter, request.queryValue(u"type"_s),
                           request.queryValue(u"sessionId"_s), &hasMore))
        data.append(eventToJson(event));
    return ApiAccess::list(kCollection, data, hasMore);
}

HttpResponse EventController::retrieve(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const QString id = request.pathParam(u"id"_s);
    const auto event = m_webhooks.findEvent(id, key.livemode);
    if (!event)
        throw ApiError::notFound(u"No event %1."_s.arg(id), u"id"_s);
    QJsonObject json = eventToJson(*event);
    QJsonArray deliveries;
    for (const auto &[delivery, attempts] : m_webhooks.deliveries(event->id)) {
        QJsonArray tried;
        for (const WebhookAttempt &attempt : attempts)
            tried.append(attemptToJson(attempt));
        deliveries.append(QJsonObject{{u"endpointId"_s, delivery.endpointId},
                                      {u"state"_s, deliveryStateName(delivery.state)},
                                      {u"attempts"_s, tried}});
    }
    json.insert(u"deliveries"_s, deliveries);
    return ApiAccess::object(request, key, json);
}

HttpResponse EventController::redeliver(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    JsonBody::parse(request).allowOnly({});
    const QString id = request.pathParam(u"id"_s);
    const int queued = m_webhooks.redeliver(id, key.livemode);
    return HttpResponse::json({{u"id"_s, id}, {u"queuedDeliveries"_s, queued}});
}
