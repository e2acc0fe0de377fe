#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QWebSocket;
class QTimer;

// Ethereum JSON-RPC over HTTP(S) or WebSocket. Every answer is checked before anyone sees it: the id
// must be one we sent, there must be a result or an error, a batch must answer every request. A node
// that lies or disappears produces a clear error, never a guessed value. Transport failures are retried
// with backoff; JSON-RPC errors are not (the node has answered).
class JsonRpcClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonRpcClient)

public:
    struct Request
    {
        QString method;
        QJsonArray params;
    };
    using Callback = std::function<void(const Result<QJsonValue> &)>;
    using BatchCallback = std::function<void(const QList<Result<QJsonValue>> &)>;

    explicit JsonRpcClient(QUrl url, QObject *parent = nullptr);
    ~JsonRpcClient() override;

    QUrl url() const { return m_url; }
    bool isWebSocket() const;
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }

    void call(const QString &method, const QJsonArray &params, Callback callback);
    // One round trip. The callback gets one result per request, in request order, or (if the batch as a
    // whole failed) the same error for each.
    void batch(const QList<Request> &requests, BatchCallback callback);

    // WebSocket only: eth_subscribe("newHeads"). Emits newHead for every notification.
    void subscribeNewHeads();

    // Parses a JSON-RPC hex quantity ("0x1a"). Rejects missing prefix, empty digits, non-hex, > 63 bits.
    static std::optional<qint64> parseQuantity(const QJsonValue &value);

Q_SIGNALS:
    void newHead(const QJsonObject &header);
    void subscriptionLost(const QString &reason);

private:
    struct Pending;
    void send(const std::shared_ptr<Pending> &pending);
    void sendHttp(const std::shared_ptr<Pending> &pending);
    void sendWebSocket(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending, const QByteArray &body,
                const QString &transportError);
    void retryOrFail(const std::shared_ptr<Pending> &pending, const QString &error);
    void ensureWebSocket();
    void onWebSocketMessage(const QString &message);
    void failAllWebSocketRequests(const QString &error);

    QUrl m_url;
    int m_timeoutMs = 10000;
    int m_maxAttempts = 3;
    qint64 m_nextId = 1;
    QNetworkAccessManager *m_network = nullptr;
    QWebSocket *m_socket = nullptr;
    bool m_socketOpen = false;
    QList<std::shared_ptr<Pending>> m_waitingForSocket;
    QHash<qint64, std::shared_ptr<Pending>> m_inFlight; // WebSocket: first id of the request -> pending
    QString m_subscriptionId;
    bool m_wantSubscription = false;
};
