#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <functional>

// A small blocking HTTP client for tests: one request at a time, a timeout, the parsed JSON body.
class HttpClient
{
public:
    explicit HttpClient(QUrl base, QByteArray bearer = {});

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    Reply get(const QString &path);
    Reply post(const QString &path, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = {});
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void setBearer(const QByteArray &bearer) { m_bearer = bearer; }
    QUrl url(const QString &path) const;

private:
    QUrl m_base;
    QByteArray m_bearer;
    QNetworkAccessManager m_manager;
};

// Sends the same raw HTTP request on `count` sockets at once and returns each raw response.
// onResponse, when given, runs as each response completes (index, raw response).
QList<QByteArray> sendConcurrently(const QUrl &base, const QByteArray &rawRequest, int count,
                                   const std::function<void(int, const QByteArray &)> &onResponse = {});
// Sends raw bytes (e.g. several pipelined requests) on one socket and returns the raw responses, in the
// order they arrived, once `expected` have completed (or 20 s passed).
QList<QByteArray> sendPipelined(const QUrl &base, const QByteArray &rawRequests, int expected);
// A raw WebSocket upgrade request for `path` (RFC 6455's sample key), to send on a socket of one's own.
QByteArray rawWebSocketUpgrade(const QByteArray &path);
