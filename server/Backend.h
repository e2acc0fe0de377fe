#pragma once

#include "ApiKeyService.h"
#include "ApiRoutes.h"
#include "AppConfig.h"
#include "BuiltinChain.h"
#include "ChainWatcher.h"
#include "CheckoutService.h"
#include "Clock.h"
#include "DepositAddressService.h"
#include "HostedCheckout.h"
#include "HttpServer.h"
#include "RateLimiter.h"
#include "RateService.h"
#include "Store.h"
#include "TestWallet.h"
#include "WebhookDispatcher.h"
#include "WebhookService.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <stdexcept>

// Why the backend could not start (database, port, configuration), in words a merchant can act on.
class StartupError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Everything the program is without its windows: the store, the services and the HTTP server, wired
// together. The console and the headless runner both own one; tests start one on a temporary directory.
class Backend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)

public:
    Backend(AppConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Backend() override;

    // Opens the database and starts listening. Throws StartupError.
    void start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    const AppConfig &config() const { return m_config; }
    Store &store() { return m_store; }
    // The price sources' state as /healthz shows it: for each mode in use, whether its chain coin's USD rate
    // (which every session needs) is available, which source gave it; and each source's rates and errors.
    QJsonObject priceStatus();
    QList<PriceUse> priceUses() const;
    ApiKeyService &apiKeys() { return *m_apiKeys; }
    CheckoutService &checkout() { return *m_checkout; }
    WebhookService &webhooks() { return *m_webhooks; }
    // Runs on its own thread; talk to it through queued connections only.
    WebhookDispatcher *webhookDispatcher() const { return m_dispatcher; }
    DepositAddressService &addresses() { return *m_addresses; }
    // The watcher of each chain a mode uses (test always; live once it has an xpub).
    const QList<ChainWatcher *> &watchers() const { return m_watchers; }
    ChainWatcher *watcher(qint64 chainId) const;
    HttpServer &httpServer() { return *m_http; }
    HostedCheckout &hostedCheckout() { return *m_hosted; }
    // Pays test sessions on the test chain (the console's "Pay with test wallet", the API's test helpers).
    TestWallet &testWallet() { return *m_testWallet; }

    QJsonObject health();

    // The program (not a test that embeds a Backend) asks for the built-in test chain after start():
    // Anvil, when the configuration wants it (see BuiltinChain). Its state is in health() and here.
    void startBuiltinChain();
    const BuiltinChain *builtinChain() const { return m_builtinChain; }
    // Why there is no built-in chain: empty while one is wanted or before startBuiltinChain().
    QString builtinChainOffBecause() const { return m_builtinChainOff; }

private:
    void registerRoutes();
    void startWebhookDispatcher();

    AppConfig m_config;
    const Clock &m_clock;
    Store m_store;
    quint64 m_deliveriesSeen = 0; // Store::deliveriesCreated() at the dispatcher's last wake
    std::unique_ptr<ApiKeyService> m_apiKeys;
    std::unique_ptr<DepositAddressService> m_addresses;
    std::unique_ptr<RateService> m_rates;
    CheckoutService *m_checkout = nullptr; // child
    RateLimiter m_publicLimiter;
    HttpServer *m_http = nullptr; // child
    std::unique_ptr<ApiRoutes> m_api;
    QList<ChainWatcher *> m_watchers;          // children
    WebhookService *m_webhooks = nullptr;      // child
    TestWallet *m_testWallet = nullptr;        // child
    HostedCheckout *m_hosted = nullptr;        // child
    QThread *m_webhookThread = nullptr;        // child
    WebhookDispatcher *m_dispatcher = nullptr; // lives on m_webhookThread, deleted when it finishes
    BuiltinChain *m_builtinChain = nullptr;    // child
    QString m_builtinChainOff;
    QTimer m_maintenance;
    quint16 m_port = 0;
};
