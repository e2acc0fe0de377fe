#include "LaggingRpcProxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

std::optional<qint64> quantity(const QJsonValue &value)
{
    bool ok = false;
    const QString text = value.toString();
    const qint64 number = text.startsWith(u"0x"_s) ? text.mid(2).toLongLong(&ok, 16) : 0;
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QJsonObject errorResponse(const QJsonValue &id, const QString &message)
{
    return {{u"jsonrpc"_s, u"2.0"_s},
            {u"id"_s, id},
            {u"error"_s, QJsonObject{{u"code"_s, -32000}, {u"message"_s, message}}}};
}
} // namespace

LaggingRpcProxy::LaggingRpcProxy(QUrl node, QObject *parent)
    : QObject(parent)
    , m_node(std::move(node))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray data = socket->property("buffer").toByteArray() + socket->readAll();
                if (data.size() > kMaxRequestBytes)
                    return socket->abort();
                socket->setProperty("buffer", data);
                const qsizetype headerEnd = data.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray headers = data.left(headerEnd).toLower();
                const qsizetype lengthAt = headers.indexOf("content-length:");
                if (lengthAt < 0)
                    return socket->abort();
                const qsizetype lineEnd = headers.indexOf("\r\n", lengthAt);
                const qsizetype length =
                    headers.mid(lengthAt + 15, (lineEnd < 0 ? headers.size() : lineEnd) - lengthAt - 15)
                        .trimmed()
                        .toLongLong();
                if (data.size() < headerEnd + 4 + length)
                    return;
                socket->setProperty("buffer", QByteArray());
                handle(socket, data.mid(headerEnd + 4, length));
            });
        }
    });
}

bool LaggingRpcProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LaggingRpcProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort()));
}

void LaggingRpcProxy::handle(QTcpSocket *socket, const QByteArray &body)
{
    ++m_served;
    const bool lag = m_lagHeight && (!m_flip || (m_counter++ % 2) == 0);
    const std::optional<qint64> height = lag ? m_lagHeight : std::nullopt;
    if (lag)
        ++m_lagged;
    QNetworkRequest request(m_node);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.post(request, body);
    QPointer<QTcpSocket> guarded(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guarded, body, height] {
        reply->deleteLater();
        if (!guarded)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray answer = reply->readAll();
        if (height && status == 200) {
            const QJsonDocument requests = QJsonDocument::fromJson(body);
            const QJsonDocument responses = QJsonDocument::fromJson(answer);
            if (requests.isArray() && responses.isArray()) {
                QHash<QString, QJsonValue> byId;
                for (const QJsonValue &item : requests.array())
                    byId.insert(QString::fromUtf8(QJsonDocument(QJsonArray{item[u"id"_s]}).toJson()), item);
                QJsonArray rewritten;
                for (const QJsonValue &item : responses.array())
                    rewritten.append(lagged(
                        byId.value(QString::fromUtf8(QJsonDocument(QJsonArray{item[u"id"_s]}).toJson())),
                        item, *height));
                answer = QJsonDocument(rewritten).toJson(QJsonDocument::Compact);
            } else if (requests.isObject() && responses.isObject()) {
                answer = QJsonDocument(lagged(requests.object(), responses.object(), *height).toObject())
                             .toJson(QJsonDocument::Compact);
            }
        }
        if (status == 200 && !m_lies.isEmpty()) {
            const QJsonObject request = QJsonDocument::fromJson(body).object();
            QJsonObject response = QJsonDocument::fromJson(answer).object();
            for (const Lie &lie : std::as_const(m_lies)) {
                if (request.value(u"method"_s).toString() == lie.method &&
                    (lie.firstParam.isEmpty() ||
                     request.value(u"params"_s).toArray().first().toString().toLower() == lie.firstParam)) {
                    response.remove(u"error"_s);
                    response.insert(u"result"_s, lie.result);
                    answer = QJsonDocument(response).toJson(QJsonDocument::Compact);
                }
            }
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status == 0 ? 502 : status) +
            " OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.size()) +
            "\r\nConnection: close\r\n\r\n";
        guarded->write(head + answer);
        guarded->disconnectFromHost();
    });
}

QJsonValue LaggingRpcProxy::lagged(const QJsonValue &request, const QJsonValue &response, qint64 height) const
{
    const QString method = request[u"method"_s].toString();
    const QJsonArray params = request[u"params"_s].toArray();
    const QJsonValue id = response[u"id"_s];
    QJsonObject answer = response.toObject();
    if (answer.contains(u"error"_s))
        return answer;
    const QJsonValue result = answer.value(u"result"_s);
    if (method == u"eth_blockNumber") {
        const auto real = quantity(result);
        if (real && *real > height)
            answer.insert(u"result"_s, u"0x"_s + QString::number(height, 16));
    } else if (method == u"eth_getBlockByNumber" || method == u"eth_getBlockByHash") {
        const auto number = quantity(result[u"number"_s]);
        if (number && *number > height)
            answer.insert(u"result"_s, QJsonValue::Null);
    } else if (method == u"eth_getTransactionReceipt" || method == u"eth_getTransactionByHash") {
        const auto number = quantity(result[u"blockNumber"_s]);
        if (number && *number > height)
            answer.insert(u"result"_s, QJsonValue::Null);
    } else if (method == u"eth_getLogs") {
        QJsonArray kept;
        for (const QJsonValue &log : result.toArray()) {
            const auto number = quantity(log[u"blockNumber"_s]);
            if (number && *number <= height)
                kept.append(log);
        }
        answer.insert(u"result"_s, kept);
    } else if (method == u"eth_getBalance" || method == u"eth_call") {
        const auto at = quantity(params.at(1));
        if (at && *at > height)
            return errorResponse(id, u"header not found"_s);
    }
    return answer;
}
