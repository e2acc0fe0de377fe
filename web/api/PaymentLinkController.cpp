#include "PaymentLinkController.h"

#include "CheckoutService.h"
#include "JsonBody.h"
#include "Router.h"
#include "WireJson.h"

using namespace Qt::StringLiterals;

namespace {
const QString kCollection = u"/api/v1/payment_links"_s;

PaymentLinkRequest readLinkRequest(const JsonBody &body, bool creating)
{
    QStringList allowed{u"fiatAmount"_s, u"fiatCurrency"_s, u"description"_s, u"metadata"_s,
                        u"successUrl"_s, u"cancelUrl"_s,    u"returnUrl"_s,   u"asset"_s};
    if (!creating)
        allowed << u"active"_s;
    body.allowOnly(allowed);
    PaymentLinkRequest request;
    try {
        request.fiatAmount = body.nullableString(u"fiatAmount"_s).value_or(QString());
    } catch (const ApiError &) {
        throw ApiError::invalid(
            u"fiatAmount must be a string such as \"25.00\": JSON numbers are not exact."_s, u"fiatAmount"_s,
            u"parameter_invalid_type"_s);
    }
    request.fiatCurrency = body.nullableString(u"fiatCurrency"_s).value_or(QString());
    request.description = body.nullableString(u"description"_s);
    request.successUrl = body.nullableString(u"successUrl"_s);
    request.cancelUrl = body.nullableString(u"cancelUrl"_s);
    request.returnUrl = body.nullableString(u"returnUrl"_s);
    request.metadata = body.optionalObject(u"metadata"_s);
    request.asset = body.nullableString(u"asset"_s);
    request.active = body.optionalBool(u"active"_s);
    return request;
}
} // namespace

PaymentLinkController::PaymentLinkController(ApiAccess &access, CheckoutService &checkout)
    : m_access(access)
    , m_checkout(checkout)
{}

void PaymentLinkController::registerRoutes(Router &router)
{
    router.add("POST", kCollection, [this](HttpRequest &request) { return create(request); });
    router.add("GET", kCollection, [this](HttpRequest &request) { return list(request); });
    router.add("GET", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return retrieve(request); });
    router.add("POST", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return update(request); });
}

HttpResponse PaymentLinkController::create(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const PaymentLinkRequest linkRequest = readLinkRequest(JsonBody::parse(request), true);
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        return HttpResponse::json(paymentLinkToJson(m_checkout.createPaymentLink(linkRequest, key.livemode)));
    });
}

HttpResponse PaymentLinkController::list(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const ApiAccess::Page page = ApiAccess::readForwardPage(request, u"Payment links"_s);
    bool hasMore = false;
    QJsonArray data;
    for (const PaymentLink &link :
         m_checkout.listPaymentLinks(key.livemode, page.limit, page.startingAfter, &hasMore))
        data.append(paymentLinkToJson(link));
    return ApiAccess::list(kCollection, data, hasMore);
}

HttpResponse PaymentLinkController::retrieve(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const QString id = request.pathParam(u"id"_s);
    const auto link = m_checkout.paymentLink(id, key.livemode);
    if (!link)
        throw ApiError::notFound(u"No payment link %1."_s.arg(id), u"id"_s);
    return ApiAccess::object(request, key, paymentLinkToJson(*link));
}

HttpResponse PaymentLinkController::update(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const PaymentLinkRequest linkRequest = readLinkRequest(JsonBody::parse(request), false);
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        return HttpResponse::json(paymentLinkToJson(
            m_checkout.updatePaymentLink(request.pathParam(u"id"_s), linkRequest, key.livemode)));
    });
}
