#include "WebhookEndpointController.h"

#include "JsonBody.h"
#include "Router.h"
#include "WebhookService.h"
#include "WireJson.h"

using namespace Qt::StringLiterals;

namespace {
const QString kCollection = u"/api/v1/webhook_endpoints"_s;

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
} // namespace

WebhookEndpointController::WebhookEndpointController(ApiAccess &access, WebhookService &webhooks)
    : m_access(access)
    , m_webhooks(webhooks)
{}

void WebhookEndpointController::registerRoutes(Router &router)
{
    router.add("POST", kCollection, [this](HttpRequest &request) { return create(request); });
    router.add("GET", kCollection, [this](HttpRequest &request) { return list(request); });
    router.add("GET", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return retrieve(request); });
    router.add("POST", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return update(request); });
    router.add("DELETE", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return remove(request); });
    router.add("POST", kCollection + u"/{id}/test"_s,
               [this](HttpRequest &request) { return sendTest(request); });
}

HttpResponse WebhookEndpointController::create(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const WebhookEndpointRequest endpointRequest = readEndpointRequest(JsonBody::parse(request), true);
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        return HttpResponse::json(endpointToJson(m_webhooks.create(key.livemode, endpointRequest), true));
    });
}

HttpResponse WebhookEndpointController::list(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    ApiAccess::readPage(request); // every endpoint fits one page; the parameters are still checked
    QJsonArray data;
    for (const WebhookEndpoint &endpoint : m_webhooks.endpoints(key.livemode))
        data.append(endpointToJson(endpoint));
    return ApiAccess::list(kCollection, data, false);
}

HttpResponse WebhookEndpointController::retrieve(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const QString id = request.pathParam(u"id"_s);
    const auto endpoint = m_webhooks.endpoint(id, key.livemode);
    if (!endpoint)
        throw ApiError::notFound(u"No webhook endpoint %1."_s.arg(id), u"id"_s);
    return ApiAccess::object(request, key, endpointToJson(*endpoint));
}

HttpResponse WebhookEndpointController::update(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const WebhookEndpointRequest endpointRequest = readEndpointRequest(JsonBody::parse(request), false);
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        const WebhookEndpoint endpoint =
            m_webhooks.update(request.pathParam(u"id"_s), key.livemode, endpointRequest);
        return HttpResponse::json(endpointToJson(endpoint, endpointRequest.rollSecret));
    });
}

HttpResponse WebhookEndpointController::remove(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const QString id = request.pathParam(u"id"_s);
    m_webhooks.remove(id, key.livemode);
    return HttpResponse::json({{u"id"_s, id}, {u"object"_s, u"webhook_endpoint"_s}, {u"deleted"_s, true}});
}

HttpResponse WebhookEndpointController::sendTest(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    JsonBody::parse(request).allowOnly({});
    return HttpResponse::json(eventToJson(m_webhooks.sendTest(request.pathParam(u"id"_s), key.livemode)));
}
