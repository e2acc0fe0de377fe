#include "RefundController.h"

#include "CheckoutService.h"
#include "JsonBody.h"
#include "Router.h"
#include "WireJson.h"

using namespace Qt::StringLiterals;

namespace {
RefundRequest readRefundRequest(const JsonBody &body)
{
    body.allowOnly({u"amount"_s, u"address"_s, u"reason"_s});
    RefundRequest request;
    if (body.has(u"amount"_s)) {
        const JsonBody amount = body.object(u"amount"_s);
        amount.allowOnly({u"value"_s, u"currency"_s, u"wei"_s});
        const bool fiat = amount.has(u"value"_s) || amount.has(u"currency"_s);
        if (fiat && amount.has(u"wei"_s))
            throw ApiError::invalid(u"amount is either {value, currency} in fiat or {wei} in base units."_s,
                                    u"amount"_s);
        if (fiat) {
            if (!amount.has(u"value"_s) || !amount.has(u"currency"_s))
                throw ApiError::invalid(
                    u"amount needs value (a decimal string such as \"10.00\") and currency."_s,
                    amount.has(u"value"_s) ? u"amount.currency"_s : u"amount.value"_s,
                    u"parameter_missing"_s);
            request.fiatValue = amount.optionalString(u"value"_s);
            request.fiatCurrency = amount.optionalString(u"currency"_s);
        } else if (amount.has(u"wei"_s)) {
            request.baseUnits = amount.optionalString(u"wei"_s);
        } else {
            throw ApiError::invalid(
                u"amount needs {value, currency} or {wei}; leave it out to refund all that "
                "is left."_s,
                u"amount"_s, u"parameter_missing"_s);
        }
    }
    if (const auto address = body.nullableString(u"address"_s); address && !address->isNull())
        request.address = *address;
    request.reason = body.optionalString(u"reason"_s);
    return request;
}

QJsonObject refundJson(CheckoutService &checkout, const Refund &refund)
{
    const auto session = checkout.sessionById(refund.sessionId);
    return refundToJson(refund, session ? session->asset : SessionAsset{});
}
} // namespace

RefundController::RefundController(ApiAccess &access, CheckoutService &checkout, AttachTransaction attach)
    : m_access(access)
    , m_checkout(checkout)
    , m_attach(std::move(attach))
{}

void RefundController::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/checkout_sessions/{id}/refunds"_s,
               [this](HttpRequest &request) { return create(request); });
    router.add("GET", u"/api/v1/checkout_sessions/{id}/refunds"_s,
               [this](HttpRequest &request) { return list(request); });
    router.add("GET", u"/api/v1/refunds/{id}"_s, [this](HttpRequest &request) { return retrieve(request); });
    router.add("POST", u"/api/v1/refunds/{id}/cancel"_s,
               [this](HttpRequest &request) { return cancel(request); });
    router.add("POST", u"/api/v1/refunds/{id}/transaction"_s,
               [this](HttpRequest &request) { return attachTransaction(request); });
}

HttpResponse RefundController::create(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const RefundRequest refundRequest = readRefundRequest(JsonBody::parse(request));
    const QString sessionId = request.pathParam(u"id"_s);
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &record) {
        HttpResponse response;
        m_checkout.createRefund(sessionId, refundRequest, key.livemode, [&](const Refund &refund) {
            response = HttpResponse::json(refundJson(m_checkout, refund));
            record(response);
        });
        return response;
    });
}

HttpResponse RefundController::list(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    ApiAccess::allowQuery(request, {});
    const QString id = request.pathParam(u"id"_s);
    const auto session = m_checkout.session(id, key.livemode);
    if (!session)
        throw ApiError::notFound(u"No checkout session %1."_s.arg(id), u"id"_s);
    QJsonArray data;
    for (const Refund &refund : m_checkout.refunds(id))
        data.append(refundToJson(refund, session->asset));
    return ApiAccess::list(u"/api/v1/checkout_sessions/%1/refunds"_s.arg(id), data, false);
}

HttpResponse RefundController::retrieve(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const QString id = request.pathParam(u"id"_s);
    const auto refund = m_checkout.refund(id, key.livemode);
    if (!refund)
        throw ApiError::notFound(u"No refund %1."_s.arg(id), u"id"_s);
    return ApiAccess::object(request, key, refundJson(m_checkout, *refund));
}

HttpResponse RefundController::cancel(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    JsonBody::parse(request).allowOnly({});
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        const Refund refund = m_checkout.cancelRefund(request.pathParam(u"id"_s), key.livemode);
        return HttpResponse::json(refundJson(m_checkout, refund));
    });
}

// {"txHash": "0x…"}: the transaction that paid the refund, read from the chain's node before it counts.
HttpResponse RefundController::attachTransaction(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const JsonBody body = JsonBody::parse(request);
    body.allowOnly({u"txHash"_s});
    const QString txHash = body.optionalString(u"txHash"_s);
    if (txHash.isNull())
        throw ApiError::invalid(u"txHash is required: the transaction that paid the refund."_s, u"txHash"_s,
                                u"parameter_missing"_s);
    auto deferred = std::make_shared<DeferredResponse>();
    m_attach(request.pathParam(u"id"_s), key.livemode, txHash,
             [this, deferred](const std::function<Refund()> &outcome) {
                 deferred->finish(
                     [this, outcome] { return HttpResponse::json(refundJson(m_checkout, outcome())); });
             });
    return HttpResponse::later(deferred);
}
