#include "ApiRoutes.h"

#include "ApiKeyService.h"
#include "Clock.h"
#include "Router.h"
#include "Storage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ApiRoutes::ApiRoutes(Router &router, CheckoutService &checkout, ApiKeyService &keys, WebhookService &webhooks,
                     Storage &store, const Clock &clock, RateLimiter &publicLimiter, TestWallet &testWallet)
    : m_router(router)
    , m_checkout(checkout)
    , m_keys(keys)
    , m_webhooks(webhooks)
    , m_store(store)
    , m_clock(clock)
    , m_publicLimiter(publicLimiter)
    , m_testWallet(testWallet)
{}

void ApiRoutes::registerAll()
{
    registerCheckoutSessionRoutes();
    registerPaymentLinkRoutes();
    registerPublicRoutes();
    registerWebhookRoutes();
    registerDocumentRoutes();
    registerTestHelperRoutes();
}

bool ApiRoutes::hasValidKey(const HttpRequest &request)
{
    try {
        authenticate(request, Access::Read);
        return true;
    } catch (const ApiError &) {
        return false;
    }
}

ApiKey ApiRoutes::authenticate(const HttpRequest &request, Access access)
{
    const QByteArray header = request.header("authorization");
    if (header.isEmpty()) {
        throw ApiError(
            401, u"authentication_error"_s, u"api_key_missing"_s,
            u"No API key. Send Authorization: Bearer ck_test_… (create one with 'cryptocheckout keys create "
            "--mode test')."_s);
    }
    const QList<QByteArray> parts = header.trimmed().split(' ');
    if (parts.size() != 2 || parts[0].toLower() != "bearer") {
        throw ApiError(401, u"authentication_error"_s, u"api_key_invalid"_s,
                       u"The Authorization header must be 'Bearer <key>'."_s);
    }
    const auto key = m_keys.authenticate(QString::fromLatin1(parts[1]));
    if (!key) {
        throw ApiError(401, u"authentication_error"_s, u"api_key_invalid"_s,
                       u"Invalid API key: it is unknown or was revoked."_s);
    }
    if (access == Access::Write && key->kind == ApiKey::Kind::ReadOnly) {
        throw ApiError(403, u"permission_error"_s, u"api_key_read_only"_s,
                       u"This is a read-only key: it can list and read, not create or change."_s);
    }
    return *key;
}

HttpResponse ApiRoutes::idempotent(const HttpRequest &request, const ApiKey &key,
                                   const std::function<HttpResponse(const Recorder &)> &handler)
{
    const QString idempotencyKey = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (idempotencyKey.isEmpty())
        return handler([](const HttpResponse &) {});
    if (idempotencyKey.size() > 255)
        throw ApiError::invalid(u"Idempotency-Key is longer than 255 characters."_s, {},
                                u"idempotency_key_invalid"_s);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method + ' ' + request.path.toUtf8() + '\n');
    hash.addData(request.body);
    const QByteArray requestHash = hash.result();
    const qint64 now = m_clock.nowMs();

    auto replayOrRefuse = [&](const IdempotencyRecord &record) -> HttpResponse {
        if (record.requestHash != requestHash) {
            throw ApiError(
                400, u"idempotency_error"_s, u"idempotency_key_reused"_s,
                u"Idempotency-Key '%1' was already used with a different request. Use a new key for a "
                "new request."_s.arg(idempotencyKey));
        }
        if (!record.status) {
            throw ApiError(
                409, u"idempotency_error"_s, u"idempotency_key_in_use"_s,
                u"A request with Idempotency-Key '%1' is still being processed. Retry in a moment."_s.arg(
                    idempotencyKey));
        }
        HttpResponse replay;
        replay.status = *record.status;
        replay.body = record.response;
        replay.withHeader("Idempotent-Replayed", "true");
        return replay;
    };

    if (const auto existing = m_store.apiKeys().idempotencyRecord(key.id, idempotencyKey))
        return replayOrRefuse(*existing);
    if (!m_store.apiKeys().claimIdempotencyKey(key.id, idempotencyKey, requestHash, now,
                                               now - kAbandonedClaimMs)) {
        const auto existing = m_store.apiKeys().idempotencyRecord(key.id, idempotencyKey);
        if (existing)
            return replayOrRefuse(*existing);
        throw ApiError(409, u"idempotency_error"_s, u"idempotency_key_in_use"_s, u"Retry in a moment."_s);
    }

    bool recorded = false;
    auto record = [&](const HttpResponse &response) {
        m_store.apiKeys().completeIdempotencyKey(key.id, idempotencyKey, response.status, response.body);
        recorded = true;
    };
    try {
        HttpResponse response = handler(record);
        if (!recorded)
            record(response);
        return response;
    } catch (const ApiError &error) {
        // A refused request is answered the same way on retry; a temporary failure (5xx) may succeed later.
        if (error.status() < 500)
            record(error.toResponse());
        else
            m_store.apiKeys().releaseIdempotencyKey(key.id, idempotencyKey);
        throw;
    } catch (...) {
        m_store.apiKeys().releaseIdempotencyKey(key.id, idempotencyKey);
        throw;
    }
}

ApiRoutes::Page ApiRoutes::readPage(const HttpRequest &request, const QStringList &otherParameters)
{
    Page page;
    const QStringList known =
        QStringList{u"limit"_s, u"starting_after"_s, u"ending_before"_s} + otherParameters;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            throw ApiError::invalid(
                u"Unknown query parameter: %1. Allowed here: %2."_s.arg(name, known.join(u", "_s)), name,
                u"parameter_unknown"_s);
        }
    }
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        page.limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 100)
            throw ApiError::invalid(u"limit must be a whole number from 1 to 100."_s, u"limit"_s);
    }
    page.startingAfter = request.queryValue(u"starting_after"_s);
    page.endingBefore = request.queryValue(u"ending_before"_s);
    if (!page.startingAfter.isEmpty() && !page.endingBefore.isEmpty())
        throw ApiError::invalid(u"Give starting_after or ending_before, not both."_s, u"ending_before"_s);
    return page;
}

QJsonObject ApiRoutes::list(const QString &url, const QJsonArray &data, bool hasMore)
{
    return {{u"object"_s, u"list"_s}, {u"url"_s, url}, {u"hasMore"_s, hasMore}, {u"data"_s, data}};
}

void ApiRoutes::registerDocumentRoutes()
{
    m_router.add("GET", u"/api/v1/openapi.json"_s, [](HttpRequest &) {
        QFile file(u":/api/openapi.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            throw ApiError(500, u"api_error"_s, u"internal_error"_s,
                           u"The API description is missing from this build."_s);
        HttpResponse response;
        response.body = file.readAll();
        return response;
    });
}
