// /api/v1/webhook_endpoints and /api/v1/events
#include "ApiRoutes.h"
#include "JsonBody.h"
#include "Router.h"
#include "Storage.h"
#include "WebhookService.h"
#include "WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString kEndpoints = u"/api/v1/webhook_endpoints"_s;
const QString kEvents = u"/api/v1/events"_s;

WebhookEndpointRequest readEndpointRequest(const JsonBody &body, bool creating)
{
    QStringList allowed{u"url"_s, u"events"_s, u"description"_s};
    if (!creating)
        allowed << u"enabled"_s << u"rollSecret"_s;
    body.allowOnly(allowed);
    WebhookEndpointRequest request;
    if (const auto url = body.nullableString(u"url"_s))
        request.url = *url;
    request.events = body.optionalStringList(u"events"_s);
    request.description = body.nullableString(u"description"_s);
    request.enabled = body.optionalBool(u"enabled"_s);
    request.rollSecret = body.optionalBool(u"rollSecret"_s).value_or(false);
    return request;
}

QJsonObject eventWithDeliveries(Storage &store, const Event &event)
{
    QJsonObject json = eventToJson(event);
    QJsonArray deliveries;
    for (const WebhookDelivery &delivery : store.events().deliveriesForEvent(event.id)) {
        QJsonArray attempts;
        for (const WebhookAttempt &attempt : store.events().attemptsForDelivery(delivery.id))
            attempts.append(attemptToJson(attempt));
        deliveries.append(QJsonObject{{u"endpointId"_s, delivery.endpointId},
                                      {u"state"_s, deliveryStateName(delivery.state)},
                                      {u"attempts"_s, attempts}});
    }
    json.insert(u"deliveries"_s, deliveries);
    return json;
}
} // namespace

void ApiRoutes::registerWebhookRoutes()
{
    m_router.add("POST", kEndpoints, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        const WebhookEndpointRequest endpointRequest = readEndpointRequest(JsonBody::parse(request), true);
        return idempotent(request, key, [&](const Recorder &) {
            return HttpResponse::json(endpointToJson(m_webhooks.create(key.livemode, endpointRequest), true));
        });
    });

    m_router.add("GET", kEndpoints, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        readPage(request, {});
        QJsonArray data;
        for (const WebhookEndpoint &endpoint : m_webhooks.endpoints(key.livemode))
            data.append(endpointToJson(endpoint));
        return HttpResponse::json(list(kEndpoints, data, false));
    });

    m_router.add("GET", kEndpoints + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        const auto endpoint = m_webhooks.endpoint(request.pathParam(u"id"_s), key.livemode);
        if (!endpoint)
            throw ApiError::notFound(u"No webhook endpoint %1."_s.arg(request.pathParam(u"id"_s)), u"id"_s);
        return HttpResponse::json(endpointToJson(*endpoint));
    });

    m_router.add("POST", kEndpoints + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        const WebhookEndpointRequest endpointRequest = readEndpointRequest(JsonBody::parse(request), false);
        return idempotent(request, key, [&](const Recorder &) {
            const WebhookEndpoint endpoint =
                m_webhooks.update(request.pathParam(u"id"_s), key.livemode, endpointRequest);
            return HttpResponse::json(endpointToJson(endpoint, endpointRequest.rollSecret));
        });
    });

    m_router.add("DELETE", kEndpoints + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        const QString id = request.pathParam(u"id"_s);
        m_webhooks.remove(id, key.livemode);
        return HttpResponse::json(
            {{u"id"_s, id}, {u"object"_s, u"webhook_endpoint"_s}, {u"deleted"_s, true}});
    });

    m_router.add("POST", kEndpoints + u"/{id}/test"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        JsonBody::parse(request).allowOnly({});
        return HttpResponse::json(eventToJson(m_webhooks.sendTest(request.pathParam(u"id"_s), key.livemode)));
    });

    m_router.add("GET", kEvents, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        const Page page = readPage(request, {u"type"_s, u"sessionId"_s});
        if (!page.endingBefore.isEmpty())
            throw ApiError::invalid(u"Events page forward only: use starting_after."_s, u"ending_before"_s);
        if (!page.startingAfter.isEmpty()) {
            const auto cursor = m_store.events().byId(page.startingAfter);
            if (!cursor || cursor->livemode != key.livemode)
                throw ApiError::invalid(u"No event %1 to page from."_s.arg(page.startingAfter),
                                        u"starting_after"_s, u"resource_missing"_s);
        }
        bool hasMore = false;
        QJsonArray data;
        for (const Event &event : m_store.events().list(key.livemode, page.limit, page.startingAfter,
                                                        request.queryValue(u"type"_s),
                                                        request.queryValue(u"sessionId"_s), &hasMore))
            data.append(eventToJson(event));
        return HttpResponse::json(list(kEvents, data, hasMore));
    });

    m_router.add("GET", kEvents + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        const auto event = m_store.events().byId(request.pathParam(u"id"_s));
        if (!event || event->livemode != key.livemode)
            throw ApiError::notFound(u"No event %1."_s.arg(request.pathParam(u"id"_s)), u"id"_s);
        return HttpResponse::json(eventWithDeliveries(m_store, *event));
    });

    m_router.add("POST", kEvents + u"/{id}/redeliver"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        JsonBody::parse(request).allowOnly({});
        const int queued = m_webhooks.redeliver(request.pathParam(u"id"_s), key.livemode);
        return HttpResponse::json({{u"id"_s, request.pathParam(u"id"_s)}, {u"queuedDeliveries"_s, queued}});
    });
}
