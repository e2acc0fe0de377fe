#pragma once

#include "ApiKey.h"
#include "HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class ApiKeyService;
class IdempotencyKeys;

// What every controller of the merchant API shares, once: the API key from "Authorization: Bearer …"
// (401/403), Idempotency-Key on POSTs, and list pagination.
class ApiAccess
{
public:
    enum class Access { Read, Write };

    ApiAccess(ApiKeyService &keys, IdempotencyKeys &idempotency);

    // The request's key, or ApiError 401 (none, invalid) / 403 (read-only key for a write).
    ApiKey authenticate(const HttpRequest &request, Access access) const;
    // Whether the request carries a valid key, for routes that show more to key holders than to anyone.
    bool hasValidKey(const HttpRequest &request) const;

    // Runs a POST with Idempotency-Key semantics. The handler gets a function to call inside its own
    // transaction with the response it is about to return (see CheckoutService::createSession); if it does
    // not, the response is recorded right after. A refused request (4xx) is answered the same way on retry;
    // a temporary failure (5xx) frees the key.
    using Recorder = std::function<void(const HttpResponse &)>;
    HttpResponse idempotent(const HttpRequest &request, const ApiKey &key,
                            const std::function<HttpResponse(const Recorder &)> &handler) const;

    // limit (1–100), starting_after, ending_before, validated; any other parameter must be in `others`.
    struct Page
    {
        int limit = 10;
        QString startingAfter;
        QString endingBefore;
    };
    static Page readPage(const HttpRequest &request, const QStringList &others = {});
    // Refuses (parameter_unknown) any query parameter not in `known`.
    static void allowQuery(const HttpRequest &request, const QStringList &known);
    // The same for collections that page forward only.
    static Page readForwardPage(const HttpRequest &request, const QString &what,
                                const QStringList &others = {});
    // An object as a GET answers it: with an ETag of what this key is shown, and 304 Not Modified (no body)
    // when the request's If-None-Match already names it. The ETag covers the key, so one key's tag never
    // stands for another key's view; it changes whenever the object's JSON does.
    static HttpResponse object(const HttpRequest &request, const ApiKey &key, const QJsonObject &json);
    // {"object": "list", url, hasMore, data}
    static HttpResponse list(const QString &url, const QJsonArray &data, bool hasMore);

private:
    ApiKeyService &m_keys;
    IdempotencyKeys &m_idempotency;
};
