#pragma once

// The console's view of the program (as Bitcoin Core's GUI sees the node through interfaces::Node): every
// read and command the merchant console needs, in domain terms. The widgets include this and the domain
// records only; they never see the storage, the HTTP layer or a service class. The implementation
// (ConsoleServices, server/console/) runs the reads the console shows on a thread of their own, so no SQL
// runs on the GUI thread, and commands through the services.

#include "ApiKey.h"
#include "AppConfig.h"
#include "CheckoutSession.h"
#include "CollectPlan.h"
#include "Event.h"
#include "Payment.h"
#include "PaymentLink.h"
#include "PaymentReport.h"
#include "Refund.h"
#include "Requests.h"
#include "SecretBytes.h"
#include "SessionList.h"
#include "Webhook.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace interfaces {

// Everything the session detail shows, read in one go.
struct SessionDetail
{
    CheckoutSession session;
    QList<Payment> payments;
    QList<Event> events; // the timeline, oldest first
    struct Delivery
    {
        WebhookDelivery delivery;
        std::optional<WebhookAttempt> lastAttempt;
    };
    QList<Delivery> deliveries;
    QList<Refund> refunds; // oldest first
    qint64 headBlock = -1; // the chain's head as the watcher last saw it (-1: unknown)
};

// One delivery of the webhook log: what was sent and every attempt.
struct DeliveryDetail
{
    QString requestBody; // the event as the endpoint receives it (indented JSON); empty when it is gone
    QList<WebhookAttempt> attempts;
};

// A chain the program follows, as the status bar says it.
struct ChainHealth
{
    enum class State { Starting, Syncing, Ok, Behind, Misconfigured, Unreachable };
    enum class TestChain { None, Starting, Running, Failed }; // the built-in chain on this chain, if any

    qint64 chainId = 0;
    QString name;
    State state = State::Starting;
    qint64 head = -1;
    QString lastError;
    QString nodeUrl; // redacted: no key or password
    TestChain testChain = TestChain::None;
    QString testChainDetail;
    QString testChainUrl;
};

struct HealthSnapshot
{
    QList<ChainHealth> chains;
    QJsonObject prices;       // RateService::status: pairs in use, sources with their rates and errors
    QStringList priceSources; // as configured, in order
    bool liveInUse = false;
};

struct WebhookHealth
{
    int enabled = 0;
    int failing = 0;
};

// What the test wallet sent.
struct TestPaymentSent
{
    QString transactionHash;
    UInt256 wei;
    QString symbol;
};

// What a JSON-RPC node said its chain is.
struct RpcProbe
{
    std::optional<qint64> chainId; // none: see error
    QString error;
};

// The sessions table's reads, for the table's worker thread: it opens its own connection on the thread
// that first uses it and must stay on that thread.
class SessionListSource
{
public:
    virtual ~SessionListSource() = default;
    // Throw StorageError when the database fails.
    virtual qint64 count(const SessionListQuery &query) = 0;
    virtual QList<SessionListRow> rows(const SessionListQuery &query, qint64 offset, int limit,
                                       qint64 total) = 0;
};

// An answer that comes later, on the GUI thread: the value, or the error in words.
template <typename T> using Reply = std::function<void(const std::optional<T> &value, const QString &error)>;

class Console : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Console() override = default;

    // The configuration the program runs with (chains, tokens, currencies, where config.ini is).
    virtual const AppConfig &config() const = 0;
    // Where the server listens (for the curl lines the console shows).
    virtual QUrl serverUrl() const = 0;

    // ---- Sessions. Commands throw DomainError or StorageError with a message for the merchant.
    virtual bool canCreateSessions(bool livemode) const = 0;
    virtual QString whyNoSessions(bool livemode) const = 0; // empty when they can be created
    virtual CheckoutSession createSession(const SessionRequest &request, bool livemode) = 0;
    virtual CheckoutSession expireSession(const QString &id, bool livemode) = 0;
    virtual std::unique_ptr<SessionListSource> sessionListSource() = 0;
    // Reads on the console's reader thread; done runs on the GUI thread while context lives.
    virtual void loadSession(const QString &id, QObject *context, Reply<CheckoutSession> done) = 0;
    virtual void loadSessionDetail(const QString &id, QObject *context, Reply<SessionDetail> done) = 0;
    // Test mode: pays the session from the built-in chain's funded account; amount in the coin ("0.01"),
    // none for what is still due.
    virtual void payWithTestWallet(const QString &sessionId, const std::optional<QString> &amount,
                                   QObject *context, Reply<TestPaymentSent> done) = 0;

    // ---- Payment links
    virtual PaymentLink createPaymentLink(const PaymentLinkRequest &request, bool livemode) = 0;
    virtual PaymentLink updatePaymentLink(const QString &id, const PaymentLinkRequest &request,
                                          bool livemode) = 0;
    virtual QList<PaymentLink> paymentLinks(bool livemode, int limit, bool *hasMore) = 0;

    // ---- Webhooks
    virtual QList<WebhookEndpoint> webhookEndpoints(bool livemode) = 0;
    virtual WebhookEndpoint createWebhookEndpoint(bool livemode, const WebhookEndpointRequest &request) = 0;
    virtual WebhookEndpoint updateWebhookEndpoint(const QString &id, bool livemode,
                                                  const WebhookEndpointRequest &request) = 0;
    virtual void validateWebhookEndpoint(const WebhookEndpointRequest &request, bool creating,
                                         bool livemode) = 0;
    virtual Event sendTestEvent(const QString &endpointId, bool livemode) = 0;
    virtual int redeliver(const QString &eventId, bool livemode, const QString &endpointId = {}) = 0;
    // The newest deliveries to each endpoint (at most `perEndpoint` each), newest first.
    virtual void loadRecentDeliveries(const QStringList &endpointIds, int perEndpoint, QObject *context,
                                      Reply<QList<WebhookDelivery>> done) = 0;
    virtual void loadDeliveryDetail(qint64 deliveryId, const QString &eventId, QObject *context,
                                    Reply<DeliveryDetail> done) = 0;
    virtual void loadWebhookHealth(bool livemode, QObject *context, Reply<WebhookHealth> done) = 0;

    // ---- API keys
    virtual QList<ApiKey> apiKeys() = 0;
    virtual CreatedApiKey createApiKey(bool livemode, const QString &name,
                                       ApiKey::Kind kind = ApiKey::Kind::Secret) = 0;
    virtual bool revokeApiKey(const QString &id) = 0;

    // ---- Health (from memory: no database)
    virtual HealthSnapshot health() = 0;

    // ---- Settings: config.ini ("group/key" → text). An empty text removes the key (its default applies).
    virtual bool hasConfigFile() const = 0;
    virtual QMap<QString, QString> configFileEntries() const = 0;
    // What the program would say about the file with these entries at start; empty when it would start.
    virtual QString checkConfig(const QMap<QString, QString> &entries) const = 0;
    // Replaces config.ini atomically (written beside it, renamed over it). false with *error when it cannot.
    virtual bool saveConfig(const QMap<QString, QString> &entries, QString *error) = 0;
    // Asks the node at url for its chain id (one attempt, 5 s).
    virtual void probeRpc(const QUrl &url, QObject *context, Reply<RpcProbe> done) = 0;

    // ---- The merchant's money. The node calls run on a thread of their own.
    // What the mode's deposit addresses hold on the chain (0: the mode's chain), read from the node.
    virtual void loadFunds(bool livemode, qint64 chainId, QObject *context, Reply<FundsSnapshot> done) = 0;
    // Checks the recovery phrase against the mode's xpub (refused in words when it is not that wallet),
    // then plans moving `funds` to destination. The phrase is only read.
    virtual void planCollect(bool livemode, const FundsSnapshot &funds, const QString &destination,
                             std::shared_ptr<const SecretBytes> phrase,
                             std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                             Reply<CollectPlan> done) = 0;
    // Signs and sends the plan's transactions with the wallet's keys, following each to its receipt;
    // progress gets every step's outcome as it ends (on the GUI thread), done all of them.
    virtual void collect(bool livemode, const FundsSnapshot &funds, const CollectPlan &plan,
                         std::shared_ptr<const SecretBytes> phrase,
                         std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                         std::function<void(const CollectOutcome &)> progress,
                         Reply<QList<CollectOutcome>> done) = 0;
    // ---- Refunds. The changes are written with their events, as through the API.
    virtual Refund createRefund(const QString &sessionId, const RefundRequest &request, bool livemode) = 0;
    virtual Refund cancelRefund(const QString &id, bool livemode) = 0;
    // The owner names the transaction that paid the refund: read from the chain's node and checked.
    virtual void attachRefundTransaction(const QString &refundId, bool livemode, const QString &txHash,
                                         QObject *context, Reply<Refund> done) = 0;
    // Checks the recovery phrase against the mode's xpub, then plans paying the refund from the session's
    // own deposit address `from` (with a gas top-up when it has too little coin). Sent with collect().
    virtual void planRefundPayment(bool livemode, const FundsSnapshot &funds, const Refund &refund,
                                   const QString &from, std::shared_ptr<const SecretBytes> phrase,
                                   std::shared_ptr<const SecretBytes> passphrase, QObject *context,
                                   Reply<CollectPlan> done) = 0;
    // The books: payments in [fromMs, toMs).
    virtual void loadPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, QObject *context,
                                   Reply<QList<PaymentReportRow>> done) = 0;
    // The same as a file's bytes: "csv" (RFC 4180) or "json" (as the API answers it).
    virtual void exportPaymentReport(bool livemode, qint64 fromMs, qint64 toMs, const QString &format,
                                     QObject *context, Reply<QByteArray> done) = 0;

Q_SIGNALS:
    // A session's status or amounts changed (events: the webhook event types it caused).
    void sessionChanged(const CheckoutSession &session, const QStringList &events);
    // A chain, the test chain or the prices changed state, or a webhook endpoint was added or changed.
    void healthChanged();
    // A chain watcher caught up with its node (payments' confirmations may have changed).
    void chainAdvanced(qint64 chainId);
    // A webhook delivery attempt finished (the logs may have changed).
    void webhookAttempted();
};

} // namespace interfaces

Q_DECLARE_METATYPE(interfaces::SessionDetail)
