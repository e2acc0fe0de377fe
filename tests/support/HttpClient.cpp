#include "HttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

HttpClient::HttpClient(QUrl base, QByteArray bearer)
    : m_base(std::move(base))
    , m_bearer(std::move(bearer))
{}

QUrl HttpClient::url(const QString &path) const
{
    return QUrl(m_base.toString() + path);
}

QByteArray HttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::Reply HttpClient::get(const QString &path)
{
    return send("GET", path);
}

HttpClient::Reply HttpClient::post(const QString &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, body, headers);
}

HttpClient::Reply HttpClient::postJson(const QString &path, const QJsonObject &body,
                                       const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Reply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_manager.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    return result;
}

namespace {
bool isCompleteResponse(const QByteArray &response)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = response.left(headerEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length =
        at < 0 ? 0 : head.mid(at + 15, head.indexOf('\n', at) - at - 15).trimmed().toLongLong();
    return response.size() >= headerEnd + 4 + length;
}
} // namespace

QList<QByteArray> sendConcurrently(const QUrl &base, const QByteArray &rawRequest, int count,
                                   const std::function<void(int, const QByteArray &)> &onResponse)
{
    // Asynchronous on purpose: the server under test may run on this thread's event loop.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> responses(count);
    int finished = 0;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, rawRequest] { raw->write(rawRequest); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw,
                         [raw, &responses, i, &finished, &loop, count, &onResponse] {
                             const bool wasComplete = isCompleteResponse(responses[i]);
                             responses[i] += raw->readAll();
                             if (wasComplete || !isCompleteResponse(responses[i]))
                                 return;
                             if (onResponse)
                                 onResponse(i, responses[i]);
                             if (++finished == count)
                                 loop.quit();
                         });
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        socket->connectToHost(base.host(), static_cast<quint16>(base.port()));
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return responses;
}

QList<QByteArray> sendPipelined(const QUrl &base, const QByteArray &rawRequests, int expected)
{
    QTcpSocket socket;
    QByteArray buffer;
    QList<QByteArray> responses;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] { socket.write(rawRequests); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        buffer += socket.readAll();
        while (isCompleteResponse(buffer)) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            const QByteArray head = buffer.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : head.mid(at + 15, head.indexOf('\n', at) - at - 15).trimmed().toLongLong();
            responses.append(buffer.left(headerEnd + 4 + length));
            buffer.remove(0, headerEnd + 4 + length);
        }
        if (responses.size() >= expected)
            loop.quit();
    });
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return responses;
}

QByteArray rawWebSocketUpgrade(const QByteArray &path)
{
    return "GET " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
           "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
}
