#include "HttpTypes.h"

#include <QCryptographicHash>

#include <algorithm>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

bool isWebSocketUpgrade(QByteArrayView connection, QByteArrayView upgrade)
{
    return connection.toByteArray().toLower().contains("upgrade") &&
           upgrade.compare("websocket", Qt::CaseInsensitive) == 0;
}

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return {}; // the status line keeps its space; the phrase is optional (RFC 9112 §4)
    }
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return jsonBytes(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::jsonBytes(const QByteArray &body, int status)
{
    return withBody("application/json", body, status);
}

HttpResponse HttpResponse::html(const QByteArray &page, int status)
{
    return withBody("text/html; charset=utf-8", page, status);
}

HttpResponse HttpResponse::withBody(const QByteArray &contentType, const QByteArray &body, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(const QString &location, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = "See " + location.toUtf8() + "\n";
    response.headers.append({"Location", location.toUtf8()});
    return response;
}

namespace {
// If-None-Match: "*" or a comma-separated list of entity tags, weak ones (W/"…") compared weakly.
bool matchesAny(QByteArrayView ifNoneMatch, QByteArrayView etag)
{
    while (!ifNoneMatch.isEmpty()) {
        const qsizetype comma = ifNoneMatch.indexOf(',');
        QByteArrayView candidate = (comma < 0 ? ifNoneMatch : ifNoneMatch.first(comma)).trimmed();
        ifNoneMatch = comma < 0 ? QByteArrayView() : ifNoneMatch.sliced(comma + 1);
        if (candidate.startsWith("W/"))
            candidate = candidate.sliced(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}
} // namespace

HttpResponse HttpResponse::conditional(const HttpRequest &request, HttpResponse response,
                                       const QByteArray &basis)
{
    response.withHeader(
        "ETag", '"' + QCryptographicHash::hash(basis, QCryptographicHash::Sha256).toHex().left(32) + '"');
    return revalidated(request, response);
}

HttpResponse HttpResponse::revalidated(const HttpRequest &request, const HttpResponse &answer)
{
    const auto etag = std::find_if(answer.headers.cbegin(), answer.headers.cend(),
                                   [](const auto &header) { return header.first == "ETag"; });
    if (etag == answer.headers.cend() || !matchesAny(request.header("if-none-match"), etag->second))
        return answer;
    HttpResponse notModified;
    notModified.status = 304;
    notModified.headers = answer.headers; // Cache-Control and the like apply to the kept copy too
    return notModified;
}

ApiError ApiError::from(const DomainError &error)
{
    switch (error.kind()) {
    case DomainError::Kind::Invalid:
        return ApiError(400, u"invalid_request_error"_s, error.code(), error.message(), error.param());
    case DomainError::Kind::NotFound:
        return ApiError(404, u"invalid_request_error"_s, error.code(), error.message(), error.param());
    case DomainError::Kind::Conflict:
        return ApiError(409, u"invalid_request_error"_s, error.code(), error.message(), error.param());
    case DomainError::Kind::Unavailable:
        break;
    }
    return ApiError(503, u"api_error"_s, error.code(), error.message(), error.param());
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{u"type"_s, m_type}, {u"code"_s, m_code}, {u"message"_s, m_message}};
    error.insert(u"param"_s, m_param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_param));
    return {{u"error"_s, error}};
}

HttpResponse ApiError::toResponse() const
{
    return HttpResponse::json(toJson(), m_status);
}
