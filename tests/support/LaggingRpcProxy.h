#pragma once

#include <QHash>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <optional>

// A real JSON-RPC proxy on 127.0.0.1 in front of a real node, that can make the node look like one backend
// of a load balancer that lags behind: it answers a lower eth_blockNumber, null for blocks and receipts above
// that height, "header not found" for state at such blocks, and drops logs from them. In flip mode every
// other HTTP request is answered as the lagging backend and the rest as the real node, as a round-robin
// balancer with one stale backend does. Nothing is invented: every answer is the node's own, or the node's
// answer as it stood at the lagging height.
class LaggingRpcProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaggingRpcProxy)

public:
    explicit LaggingRpcProxy(QUrl node, QObject *parent = nullptr);

    bool listen(); // on 127.0.0.1, a free port
    QUrl url() const;

    // Answers as if the node were at this height; nullopt: pass everything through.
    void setLagHeight(std::optional<qint64> height) { m_lagHeight = height; }
    // Every other request lags (with a lag height set); the others pass through.
    void setFlip(bool flip) { m_flip = flip; }
    // A node that lies: single requests for `method` (whose first parameter is firstParam, when given, in
    // any case) are answered with `result` instead of the node's.
    void setLie(const QString &method, const QJsonValue &result, const QString &firstParam = {})
    {
        m_lies.append({method, firstParam.toLower(), result});
    }
    int requestsServed() const { return m_served; }
    int requestsLagged() const { return m_lagged; }

private:
    void handle(QTcpSocket *socket, const QByteArray &body);
    QJsonValue lagged(const QJsonValue &request, const QJsonValue &response, qint64 height) const;

    QUrl m_node;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    std::optional<qint64> m_lagHeight;
    bool m_flip = false;
    struct Lie
    {
        QString method;
        QString firstParam;
        QJsonValue result;
    };
    QList<Lie> m_lies;
    quint64 m_counter = 0;
    int m_served = 0;
    int m_lagged = 0;
};
