#include "CheckoutSessionController.h"

#include "CheckoutService.h"
#include "JsonBody.h"
#include "Router.h"
#include "Time.h"
#include "WireJson.h"

using namespace Qt::StringLiterals;

namespace {
const QString kCollection = u"/api/v1/checkout_sessions"_s;

SessionRequest readSessionRequest(const JsonBody &body)
{
    body.allowOnly({u"amount"_s, u"linkId"_s, u"successUrl"_s, u"cancelUrl"_s, u"returnUrl"_s,
                    u"customerEmail"_s, u"metadata"_s, u"asset"_s, u"description"_s});
    SessionRequest request;
    if (body.has(u"amount"_s)) {
        const JsonBody amount = body.object(u"amount"_s);
        amount.allowOnly({u"value"_s, u"currency"_s});
        if (!amount.has(u"value"_s) || !amount.has(u"currency"_s)) {
            throw ApiError::invalid(
                u"amount needs value (a decimal string such as \"99.00\") and currency (such as \"USD\")."_s,
                amount.has(u"value"_s) ? u"amount.currency"_s : u"amount.value"_s, u"parameter_missing"_s);
        }
        try {
            request.amountValue = amount.optionalString(u"value"_s);
        } catch (const ApiError &) {
            throw ApiError::invalid(
                u"amount.value must be a string such as \"99.00\": JSON numbers are not exact."_s,
                u"amount.value"_s, u"parameter_invalid_type"_s);
        }
        request.amountCurrency = amount.optionalString(u"currency"_s);
        request.hasAmount = true;
    }
    if (const auto linkId = body.nullableString(u"linkId"_s); linkId && !linkId->isNull())
        request.linkId = *linkId;
    request.successUrl = body.optionalString(u"successUrl"_s);
    request.cancelUrl = body.optionalString(u"cancelUrl"_s);
    request.returnUrl = body.optionalString(u"returnUrl"_s);
    request.customerEmail = body.optionalString(u"customerEmail"_s);
    request.metadata = body.optionalObject(u"metadata"_s);
    request.asset = body.optionalString(u"asset"_s);
    if (const auto description = body.nullableString(u"description"_s); description && !description->isNull())
        request.description = *description;
    return request;
}

std::optional<qint64> readCreatedBound(const HttpRequest &request, const QString &name)
{
    const QString value = request.queryValue(name);
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    // Years 0 to 9999 in seconds; beyond, milliseconds would overflow and no session was created then.
    constexpr qint64 kMaxSeconds = 253'402'300'799;
    if (isNumber && (seconds < 0 || seconds > kMaxSeconds))
        throw ApiError::invalid(u"%1 is out of range (0 to %2 seconds)."_s.arg(name).arg(kMaxSeconds), name);
    if (isNumber)
        return seconds * 1000;
    if (const auto parsed = parseIsoTimestamp(value))
        return parsed;
    throw ApiError::invalid(
        u"%1 must be a Unix time in seconds or an ISO 8601 date-time with a zone."_s.arg(name), name);
}

std::optional<SessionStatus> readStatus(const HttpRequest &request)
{
    const QString status = request.queryValue(u"status"_s);
    if (status.isEmpty())
        return std::nullopt;
    if (const auto known = statusFromName(status))
        return known;
    throw ApiError::invalid(u"Unknown status '%1' (pending, detected, underpaid, overpaid, paid, paid_late, "
                            "expired, failed)."_s.arg(status),
                            u"status"_s);
}

SessionQuery readQuery(const HttpRequest &request, bool livemode)
{
    const ApiAccess::Page page =
        ApiAccess::readPage(request, {u"status"_s, u"linkId"_s, u"created[gte]"_s, u"created[lte]"_s});
    SessionQuery query;
    query.livemode = livemode;
    query.limit = page.limit;
    query.startingAfter = page.startingAfter;
    query.endingBefore = page.endingBefore;
    query.status = readStatus(request);
    query.linkId = request.queryValue(u"linkId"_s);
    query.createdGteMs = readCreatedBound(request, u"created[gte]"_s);
    query.createdLteMs = readCreatedBound(request, u"created[lte]"_s);
    return query;
}
} // namespace

CheckoutSessionController::CheckoutSessionController(ApiAccess &access, CheckoutService &checkout)
    : m_access(access)
    , m_checkout(checkout)
{}

void CheckoutSessionController::registerRoutes(Router &router)
{
    router.add("POST", kCollection, [this](HttpRequest &request) { return create(request); });
    router.add("GET", kCollection, [this](HttpRequest &request) { return list(request); });
    router.add("GET", kCollection + u"/{id}"_s, [this](HttpRequest &request) { return retrieve(request); });
    router.add("POST", kCollection + u"/{id}/expire"_s,
               [this](HttpRequest &request) { return expire(request); });
}

HttpResponse CheckoutSessionController::create(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    const SessionRequest sessionRequest = readSessionRequest(JsonBody::parse(request));
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &record) {
        // The answer is recorded in the session's own transaction: a retry never creates a second one.
        HttpResponse response;
        m_checkout.createSession(sessionRequest, key.livemode,
                                 [&](const CheckoutSession &, const QByteArray &wireJson) {
                                     response = HttpResponse::jsonBytes(wireJson);
                                     record(response);
                                 });
        return response;
    });
}

HttpResponse CheckoutSessionController::list(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const SessionPage page = m_checkout.listSessions(readQuery(request, key.livemode));
    QStringList ids;
    for (const CheckoutSession &session : page.sessions)
        ids << session.id;
    const QHash<QString, QList<Refund>> refunds = m_checkout.refundsOf(ids);
    QJsonArray data;
    for (const CheckoutSession &session : page.sessions)
        data.append(sessionToJson(session, m_checkout.payments(session.id), 0, refunds.value(session.id)));
    return ApiAccess::list(kCollection, data, page.hasMore);
}

HttpResponse CheckoutSessionController::retrieve(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Read);
    const QString id = request.pathParam(u"id"_s);
    const auto view = m_checkout.sessionView(id, key.livemode);
    if (!view)
        throw ApiError::notFound(u"No checkout session %1."_s.arg(id), u"id"_s);
    const QString slot = id + u'/' + key.id;
    auto cached = m_answers.find(slot);
    if (cached == m_answers.end() || cached->version != view->version) {
        if (m_answers.size() >= kMaxCachedAnswers)
            m_answers.clear();
        HttpResponse built =
            ApiAccess::object({}, key,
                              sessionToJson(view->session, view->payments, view->headBlockNumber,
                                            view->refunds)); // unconditional
        cached = m_answers.insert(slot, CachedAnswer{view->version, std::move(built)});
    }
    return HttpResponse::revalidated(request, cached->response);
}

HttpResponse CheckoutSessionController::expire(HttpRequest &request)
{
    const ApiKey key = m_access.authenticate(request, ApiAccess::Access::Write);
    JsonBody::parse(request).allowOnly({});
    return m_access.idempotent(request, key, [&](const ApiAccess::Recorder &) {
        const CheckoutSession session = m_checkout.expireSession(request.pathParam(u"id"_s), key.livemode);
        return HttpResponse::json(
            sessionToJson(session, m_checkout.payments(session.id), 0, m_checkout.refunds(session.id)));
    });
}
