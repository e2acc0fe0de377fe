#pragma once

#include "DomainError.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <stdexcept>

// The status line's reason phrase for the statuses the server answers; empty for others (the phrase is
// optional, RFC 9112 §4).
QByteArrayView reasonPhrase(int status);
// Whether the HTTP server hands a request's connection to the WebSocket layer: its Connection header names
// "upgrade" and its Upgrade header is "websocket", in any case (each header's values joined with ", ", as the
// server joins repeated ones). Otherwise it is an ordinary request and is answered as one.
bool isWebSocketUpgrade(QByteArrayView connection, QByteArrayView upgrade);

// The HTTP layer's own small request and response types, so controllers never see sockets.

struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded path, no query
    QUrlQuery query;
    // As the request named them, in order. header() finds one by name in any case; a repeated header is
    // the last one.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress; // the socket's peer
    // The client: remoteAddress, or when that is a trusted proxy ([server] trustedProxies), the address it
    // forwarded (X-Forwarded-For or Forwarded: the nearest one that is not a trusted proxy itself).
    QHostAddress clientAddress;
    QMap<QString, QString> pathParams; // {id} captures

    QByteArray header(QByteArrayView name) const
    {
        const auto *found = findHeader(name);
        return found ? found->second : QByteArray();
    }
    bool hasHeader(QByteArrayView name) const { return findHeader(name) != nullptr; }
    const QPair<QByteArray, QByteArray> *findHeader(QByteArrayView name) const
    {
        for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
            if (it->first.compare(name, Qt::CaseInsensitive) == 0)
                return &*it;
        }
        return nullptr;
    }
    QString pathParam(const QString &name) const { return pathParams.value(name); }
    // A query parameter by its decoded name ("created[gte]" whether or not the client escaped the brackets),
    // decoded. Null when absent.
    QString queryValue(const QString &name) const
    {
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool hasQuery(const QString &name) const { return !queryValue(name).isNull(); }
};

class DeferredResponse;

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set by later(): the answer comes when the controller finishes it (it waits for a node, say).
    std::shared_ptr<DeferredResponse> deferred;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // A body that is already JSON.
    static HttpResponse jsonBytes(const QByteArray &body, int status = 200);
    // Conditional GET: an ETag made from `basis` (what the answer depends on), and 304 Not Modified with no
    // body when the request's If-None-Match already names it; otherwise `response` with the tag.
    static HttpResponse conditional(const HttpRequest &request, HttpResponse response,
                                    const QByteArray &basis);
    // An answer made earlier with its ETag, or 304 Not Modified (no body, the same headers) when the
    // request's If-None-Match names that tag (weakly; "*" names any).
    static HttpResponse revalidated(const HttpRequest &request, const HttpResponse &answer);
    // A response the controller completes later through the returned DeferredResponse. The server keeps
    // the connection's answers in order: later requests on it wait behind this one.
    static HttpResponse later(std::shared_ptr<DeferredResponse> deferred)
    {
        HttpResponse response;
        response.deferred = std::move(deferred);
        return response;
    }
    static HttpResponse html(const QByteArray &page, int status = 200);
    static HttpResponse withBody(const QByteArray &contentType, const QByteArray &body, int status = 200);
    static HttpResponse redirect(const QString &location, int status = 303);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// The completion of a deferred response. finish() takes a function that builds the response; what it
// throws (an ApiError, a StorageError) is mapped to HTTP by the server like any handler's.
class DeferredResponse
{
public:
    void finish(std::function<HttpResponse()> build)
    {
        if (m_build)
            return; // once
        m_build = std::move(build);
        if (m_ready)
            m_ready();
    }
    bool finished() const { return static_cast<bool>(m_build); }

private:
    friend class HttpServer;
    std::function<HttpResponse()> m_build;
    std::function<void()> m_ready; // the server's: flush the held answers
};

// A request the API refuses. Thrown by controllers, turned into
// {"error": {type, code, message, param}} with its status in one place (HttpServer).
class ApiError : public std::runtime_error
{
public:
    ApiError(int status, QString type, QString code, QString message, QString param = {})
        : std::runtime_error(message.toStdString())
        , m_status(status)
        , m_type(std::move(type))
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_param(std::move(param))
    {}

    static ApiError invalid(const QString &message, const QString &param = {},
                            const QString &code = QStringLiteral("parameter_invalid"))
    {
        return ApiError(400, QStringLiteral("invalid_request_error"), code, message, param);
    }
    static ApiError notFound(const QString &message, const QString &param = {})
    {
        return ApiError(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
                        message, param);
    }

    // A service's refusal as the API answers it: the one mapping from domain errors to HTTP.
    static ApiError from(const DomainError &error);

    int status() const { return m_status; }
    QJsonObject toJson() const;
    HttpResponse toResponse() const;

private:
    int m_status;
    QString m_type;
    QString m_code;
    QString m_message;
    QString m_param;
};
