#include "ApiAccess.h"

#include "ApiKeyService.h"
#include "IdempotencyKeys.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

ApiAccess::ApiAccess(ApiKeyService &keys, IdempotencyKeys &idempotency)
    : m_keys(keys)
    , m_idempotency(idempotency)
{}

bool ApiAccess::hasValidKey(const HttpRequest &request) const
{
    try {
        authenticate(request, Access::Read);
        return true;
    } catch (const ApiError &) {
        return false;
    }
}

ApiKey ApiAccess::authenticate(const HttpRequest &request, Access access) const
{
    const QByteArray header = request.header("authorization");
    if (header.isEmpty()) {
        throw ApiError(
            401, u"authentication_error"_s, u"api_key_missing"_s,
            u"No API key. Send Authorization: Bearer ck_test_… (create one with 'cryptocheckout keys create "
            "--mode test')."_s);
    }
    // "Bearer <key>": two words and one space, the scheme in any case.
    const QByteArrayView value = QByteArrayView(header).trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.first(space).compare("bearer", Qt::CaseInsensitive) != 0 ||
        value.sliced(space + 1).contains(' ')) {
        throw ApiError(401, u"authentication_error"_s, u"api_key_invalid"_s,
                       u"The Authorization header must be 'Bearer <key>'."_s);
    }
    const auto key = m_keys.authenticate(value.sliced(space + 1));
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

HttpResponse ApiAccess::idempotent(const HttpRequest &request, const ApiKey &key,
                                   const std::function<HttpResponse(const Recorder &)> &handler) const
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
    const IdempotencyKeys::Claim claim = m_idempotency.claim(key.id, idempotencyKey, hash.result());
    switch (claim.outcome) {
    case IdempotencyKeys::Claim::Outcome::Claimed:
        break;
    case IdempotencyKeys::Claim::Outcome::Replay: {
        HttpResponse replay;
        replay.status = claim.status;
        replay.body = claim.response;
        replay.withHeader("Idempotent-Replayed", "true");
        return replay;
    }
    case IdempotencyKeys::Claim::Outcome::Mismatch:
        throw ApiError(400, u"idempotency_error"_s, u"idempotency_key_reused"_s,
                       u"Idempotency-Key '%1' was already used with a different request. Use a new key for a "
                       "new request."_s.arg(idempotencyKey));
    case IdempotencyKeys::Claim::Outcome::InFlight:
        throw ApiError(
            409, u"idempotency_error"_s, u"idempotency_key_in_use"_s,
            u"A request with Idempotency-Key '%1' is still being processed. Retry in a moment."_s.arg(
                idempotencyKey));
    }

    bool recorded = false;
    auto record = [&](const HttpResponse &response) {
        m_idempotency.complete(key.id, idempotencyKey, response.status, response.body);
        recorded = true;
    };
    auto refused = [&](const ApiError &error) {
        // A refused request is answered the same way on retry; a temporary failure (5xx) may succeed later.
        if (error.status() < 500)
            record(error.toResponse());
        else
            m_idempotency.release(key.id, idempotencyKey);
    };
    try {
        HttpResponse response = handler(record);
        if (!recorded)
            record(response);
        return response;
    } catch (const ApiError &error) {
        refused(error);
        throw;
    } catch (const DomainError &error) {
        refused(ApiError::from(error));
        throw;
    } catch (...) {
        m_idempotency.release(key.id, idempotencyKey);
        throw;
    }
}

void ApiAccess::allowQuery(const HttpRequest &request, const QStringList &known)
{
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(name)) {
            throw ApiError::invalid(
                u"Unknown query parameter: %1. Allowed here: %2."_s.arg(name, known.join(u", "_s)), name,
                u"parameter_unknown"_s);
        }
    }
}

ApiAccess::Page ApiAccess::readPage(const HttpRequest &request, const QStringList &others)
{
    Page page;
    allowQuery(request, QStringList{u"limit"_s, u"starting_after"_s, u"ending_before"_s} + others);
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

ApiAccess::Page ApiAccess::readForwardPage(const HttpRequest &request, const QString &what,
                                           const QStringList &others)
{
    const Page page = readPage(request, others);
    if (!page.endingBefore.isEmpty())
        throw ApiError::invalid(u"%1 page forward only: use starting_after."_s.arg(what), u"ending_before"_s);
    return page;
}

HttpResponse ApiAccess::object(const HttpRequest &request, const ApiKey &key, const QJsonObject &json)
{
    // Private (the key's own view) and revalidated on every use: a poller keeps its copy and asks.
    HttpResponse response = HttpResponse::json(json).withHeader("Cache-Control", "private, no-cache");
    return HttpResponse::conditional(request, response, key.id.toUtf8() + '\n' + response.body);
}

HttpResponse ApiAccess::list(const QString &url, const QJsonArray &data, bool hasMore)
{
    return HttpResponse::json(
        QJsonObject{{u"object"_s, u"list"_s}, {u"url"_s, url}, {u"hasMore"_s, hasMore}, {u"data"_s, data}});
}
