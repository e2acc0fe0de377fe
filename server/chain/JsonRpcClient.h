#pragma once

#include "EthQuantity.h"

#include "Result.h"
#include "UInt256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QJsonDocument;
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
    // Larger batches are sent in parts of this many requests (see batch()).
    void setMaxBatchSize(int requests) { m_maxBatchSize = std::max(1, requests); }
    static constexpr int kDefaultMaxBatchSize = 250;

    void call(const QString &method, const QJsonArray &params, Callback callback);
    // One round trip (one per part of at most setMaxBatchSize() requests). The callback gets one result per
    // request, in request order, or (if the batch or a part as a whole failed) the same error for each of its
    // requests.
    void batch(const QList<Request> &requests, BatchCallback callback);

    // WebSocket only: keeps an eth_subscribe("newHeads") subscription for as long as it is wanted. Subscribes
    // now and again after the connection is lost, retrying with backoff (up to kMaxResubscribeDelayMs)
    // while the node is away. Emits newHeadsSubscribed when a subscription is confirmed, newHead for each of
    // its notifications, and subscriptionLost when a subscription ends or an attempt to make one fails.
    void subscribeNewHeads();
    // Ends the subscription (eth_unsubscribe when the connection is open) and stops reconnecting for it.
    void unsubscribeNewHeads();

    static constexpr int kMaxResubscribeDelayMs = 10000;

    // 26 -> "0x1a".
    static QString quantity(qint64 value);
    // A 256-bit amount ("0x…": a balance, a value, one ABI word); nullopt if it is not 0x-prefixed hex.
    static std::optional<UInt256> parseAmount(const QJsonValue &value);
    // What an address holds at a block: its native balance (tokenContract empty), or its balance of an
    // ERC-20 token (balanceOf by eth_call, answered as exactly one 32-byte word: see parseBalance).
    static Request balanceRequest(const QString &address, const QString &tokenContract, qint64 block);
    static std::optional<UInt256> parseBalance(const QJsonValue &value, bool token);

Q_SIGNALS:
    void newHead(const QJsonObject &header);
    void newHeadsSubscribed();
    void subscriptionLost(const QString &reason);

private:
    struct Pending;
    void send(const std::shared_ptr<Pending> &pending);
    void sendHttp(const std::shared_ptr<Pending> &pending);
    void sendWebSocket(const std::shared_ptr<Pending> &pending);
    void finish(const std::shared_ptr<Pending> &pending, const QByteArray &body);
    void finish(const std::shared_ptr<Pending> &pending, const QJsonDocument &document);
    void retryOrFail(const std::shared_ptr<Pending> &pending, const QString &error);
    void startTimeout(const std::shared_ptr<Pending> &pending);
    static void stopTimeout(const std::shared_ptr<Pending> &pending);
    void ensureWebSocket();
    void onWebSocketMessage(const QString &message);
    void failAllWebSocketRequests(const QString &error);
    void trySubscribe();
    void retrySubscribeLater();

    QUrl m_url;
    int m_timeoutMs = 10000;
    int m_maxAttempts = 3;
    int m_maxBatchSize = kDefaultMaxBatchSize;
    qint64 m_nextId = 1;
    QNetworkAccessManager *m_network = nullptr;
    QWebSocket *m_socket = nullptr;
    bool m_socketOpen = false;
    QList<std::shared_ptr<Pending>> m_waitingForSocket;
    QHash<qint64, std::shared_ptr<Pending>> m_inFlight; // WebSocket: first id of the request -> pending
    QString m_subscriptionId;        // of the current connection's newHeads subscription; empty if none
    bool m_wantSubscription = false; // subscribeNewHeads() was called (and not unsubscribeNewHeads())
    bool m_subscribing = false;      // an eth_subscribe is on its way
    int m_subscribeFailures = 0;     // in a row; sets the backoff
    QTimer *m_resubscribeTimer = nullptr;
};
