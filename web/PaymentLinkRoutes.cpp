// /api/v1/payment_links
#include "ApiRoutes.h"
#include "CheckoutService.h"
#include "JsonBody.h"
#include "Router.h"
#include "WireJson.h"

#include <QJsonArray>

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

void ApiRoutes::registerPaymentLinkRoutes()
{
    m_router.add("POST", kCollection, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        const PaymentLinkRequest linkRequest = readLinkRequest(JsonBody::parse(request), true);
        return idempotent(request, key, [&](const Recorder &) {
            return HttpResponse::json(
                paymentLinkToJson(m_checkout.createPaymentLink(linkRequest, key.livemode)));
        });
    });

    m_router.add("GET", kCollection, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        const Page page = readPage(request, {});
        if (!page.endingBefore.isEmpty())
            throw ApiError::invalid(u"Payment links page forward only: use starting_after."_s,
                                    u"ending_before"_s);
        if (!page.startingAfter.isEmpty() && !m_checkout.paymentLink(page.startingAfter, key.livemode)) {
            throw ApiError::invalid(u"No payment link %1 to page from."_s.arg(page.startingAfter),
                                    u"starting_after"_s, u"resource_missing"_s);
        }
        bool hasMore = false;
        QJsonArray data;
        for (const PaymentLink &link :
             m_checkout.listPaymentLinks(key.livemode, page.limit, page.startingAfter, &hasMore))
            data.append(paymentLinkToJson(link));
        return HttpResponse::json(list(kCollection, data, hasMore));
    });

    m_router.add("GET", kCollection + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Read);
        const auto link = m_checkout.paymentLink(request.pathParam(u"id"_s), key.livemode);
        if (!link)
            throw ApiError::notFound(u"No payment link %1."_s.arg(request.pathParam(u"id"_s)), u"id"_s);
        return HttpResponse::json(paymentLinkToJson(*link));
    });

    m_router.add("POST", kCollection + u"/{id}"_s, [this](HttpRequest &request) {
        const ApiKey key = authenticate(request, Access::Write);
        const PaymentLinkRequest linkRequest = readLinkRequest(JsonBody::parse(request), false);
        return idempotent(request, key, [&](const Recorder &) {
            return HttpResponse::json(paymentLinkToJson(
                m_checkout.updatePaymentLink(request.pathParam(u"id"_s), linkRequest, key.livemode)));
        });
    });
}
