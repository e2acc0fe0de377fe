#pragma once

#include "AppConfig.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <vector>

class QTcpSocket;

// A QTcpServer for QAbstractHttpServer::bind() that watches every socket as bytes arrive, before the HTTP
// server reads them (Qt 6.4's QHttpServer buffers headers and body without limit or timeout): it closes a
// connection whose headers are too large (431) or too slow, answers 413 and closes at once when a
// Content-Length is over the limit, cuts off a chunked body as it crosses the limit, drops connections that
// stall in a request or idle too long between requests, and refuses connections over the total and
// per-client caps without touching the others. A WebSocket upgrade is left to the WebSocket layer. A
// rejection on a connection the HTTP server still owes answers to (held until their commit is durable) waits
// behind them (for at most the body timeout), and a connection waiting for its answers is not idle. Requests
// that arrived in the same read as a rejected one, not yet handled, are dropped with it: the rejection is
// the connection's last answer.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    const ConnectionLimits &limits() const { return m_limits; }
    bool isTrustedProxy(const QHostAddress &address) const;
    // The client behind the peer: the peer itself unless it is a trusted proxy, then the nearest address in
    // X-Forwarded-For / Forwarded (given lower-cased and raw) that is not a trusted proxy.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                               const QByteArray &forwarded) const;

    // Whether the HTTP server still owes answers on a connection (set by the server that binds this one).
    void setAnswersOwed(std::function<bool(const QTcpSocket *)> owed) { m_answersOwed = std::move(owed); }
    bool answersOwed(const QTcpSocket *socket) const { return m_answersOwed && m_answersOwed(socket); }
    // A rejection to send once nothing is owed before it on the socket.
    void deferRejection(QTcpSocket *socket, std::function<void()> send);
    // The HTTP server has sent answers: the rejections no longer behind any go out.
    void sendDueRejections();
    // Told when a connection starts to close (Qt's own parser giving up on it, or the client closing): what
    // is still to be written to it goes to the socket then, which sends it before it closes.
    void setClosing(std::function<void(QTcpSocket *)> closing) { m_closing = std::move(closing); }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void released(const QHostAddress &address, bool trusted);

    ConnectionLimits m_limits;
    int m_open = 0;
    QHash<QString, int> m_perClient; // address -> open connections (untrusted peers only)
    std::function<bool(const QTcpSocket *)> m_answersOwed;
    std::function<void(QTcpSocket *)> m_closing;
    struct DeferredRejection
    {
        QPointer<QTcpSocket> socket;
        std::function<void()> send;
    };
    std::vector<DeferredRejection> m_deferredRejections;
};
