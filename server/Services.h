#pragma once

#include "ApiKeyService.h"
#include "AppConfig.h"
#include "BuiltinChain.h"
#include "ChainWatcher.h"
#include "CheckoutService.h"
#include "Clock.h"
#include "DepositAddressService.h"
#include "IdempotencyKeys.h"
#include "PaymentReportService.h"
#include "RateService.h"
#include "SessionNotifications.h"
#include "Storage.h"
#include "TestWallet.h"
#include "WalCheckpointer.h"
#include "WalSyncer.h"
#include "WatcherLeadership.h"
#include "WebhookDispatcher.h"
#include "WebhookService.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <stdexcept>

// Why the program could not start (database, port, configuration), in words a merchant can act on.
class StartupError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Everything the program does without a transport or a window: the storage, the services, the chain
// watchers, the webhook dispatcher and the built-in test chain, wired together. The web layer (Backend)
// serves it over HTTP; the console reaches it through interfaces::Console (ConsoleNode).
class Services : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Services)

public:
    Services(AppConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Services() override;

    // Opens the database and starts the watchers and the dispatcher. Throws StartupError.
    void start();
    // Where the hosted pages are reachable, once the web layer listens (unless [server] publicUrl says).
    void setListeningUrl(const QUrl &url);

    const AppConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }
    Storage &storage() { return m_storage; }
    // SQLite: what makes the API's grouped commits durable (null on PostgreSQL; tests hold a sync back).
    WalSyncer *walSyncer() { return m_syncer.get(); }
    // The price sources' state as /healthz shows it: for each mode in use, whether its chain coin's USD rate
    // (which every session needs) is available, which source gave it; and each source's rates and errors.
    QJsonObject priceStatus();
    QList<PriceUse> priceUses() const;
    ApiKeyService &apiKeys() { return *m_apiKeys; }
    IdempotencyKeys &idempotencyKeys() { return *m_idempotency; }
    CheckoutService &checkout() { return *m_checkout; }
    WebhookService &webhooks() { return *m_webhooks; }
    PaymentReportService &reports() { return *m_reports; }
    // Runs on its own thread; talk to it through queued connections only.
    WebhookDispatcher *webhookDispatcher() const { return m_dispatcher; }
    DepositAddressService &addresses() { return *m_addresses; }
    // The watcher of each chain a mode uses (test always; live once it has an xpub).
    const QList<ChainWatcher *> &watchers() const { return m_watchers; }
    ChainWatcher *watcher(qint64 chainId) const;
    // The owner names the transaction that paid a refund (the API and the console): it is read from the
    // refund's chain with that chain's watcher, then recorded by CheckoutService::attachRefundTransfer.
    // `done` runs on this thread with a function that returns the refund or throws what refused it
    // (DomainError; StorageError).
    using RefundOutcome = std::function<Refund()>;
    void attachRefundTransaction(const QString &refundId, bool livemode, const QString &txHash,
                                 std::function<void(const RefundOutcome &)> done);
    // The head block the watcher of a chain has seen (0: none yet).
    qint64 headBlock(qint64 chainId);
    // Pays test sessions on the test chain (the console's "Pay with test wallet", the API's test helpers).
    TestWallet &testWallet() { return *m_testWallet; }

    // The program's health: database, chains, built-in test chain, prices; "ok" or "degraded" with the
    // problems in words (and, for anyone, the same without paths, URLs or errors).
    QJsonObject health();

    // The program (not a test that embeds it) asks for the built-in test chain after start(): Anvil, when
    // the configuration wants it (see BuiltinChain). Its state is in health() and here.
    void startBuiltinChain();
    const BuiltinChain *builtinChain() const { return m_builtinChain; }

Q_SIGNALS:
    // The test chain's state changed (starting, running, failed).
    void builtinChainChanged();

private:
    void startWebhookDispatcher();

    AppConfig m_config;
    const Clock &m_clock;
    Storage m_storage;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite: the log's checkpoints, off this thread
    std::unique_ptr<WalSyncer> m_syncer;             // SQLite: the log's fsyncs, off this thread
    quint64 m_deliveriesSeen = 0; // EventRepository::deliveriesCreated() at the dispatcher's last wake
    std::unique_ptr<ApiKeyService> m_apiKeys;
    std::unique_ptr<IdempotencyKeys> m_idempotency;
    std::unique_ptr<DepositAddressService> m_addresses;
    std::unique_ptr<RateService> m_rates;
    std::unique_ptr<PaymentReportService> m_reports;
    CheckoutService *m_checkout = nullptr;           // child
    QList<ChainWatcher *> m_watchers;                // children
    WatcherLeadership *m_leadership = nullptr;       // child: which of them run
    SessionNotifications *m_notifications = nullptr; // child: other instances' session changes
    WebhookService *m_webhooks = nullptr;            // child
    TestWallet *m_testWallet = nullptr;              // child
    QThread *m_webhookThread = nullptr;              // child
    WebhookDispatcher *m_dispatcher = nullptr;       // lives on m_webhookThread, deleted when it finishes
    BuiltinChain *m_builtinChain = nullptr;          // child
    QString m_builtinChainOff;
    QTimer m_maintenance;
};
