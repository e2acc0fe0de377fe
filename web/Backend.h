#pragma once

#include "ApiRoutes.h"
#include "HostedCheckout.h"
#include "HttpServer.h"
#include "RateLimiter.h"
#include "Services.h"

#include <QObject>
#include <QUrl>

#include <memory>

// The whole server: the services (Services) served over HTTP — the merchant API, the hosted checkout
// pages with their live WebSocket, and /healthz. The program and the tests own one.
class Backend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)

public:
    Backend(AppConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Backend() override;

    // Starts the services, then listens. Throws StartupError.
    void start();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    Services &services() { return *m_services; }
    HttpServer &httpServer() { return *m_http; }
    HostedCheckout &hostedCheckout() { return *m_hosted; }

    // Shorthands for the services, for the program's wiring and the tests.
    const AppConfig &config() const { return m_services->config(); }
    Storage &store() { return m_services->storage(); }
    ApiKeyService &apiKeys() { return m_services->apiKeys(); }
    CheckoutService &checkout() { return m_services->checkout(); }
    WebhookService &webhooks() { return m_services->webhooks(); }
    WebhookDispatcher *webhookDispatcher() const { return m_services->webhookDispatcher(); }
    DepositAddressService &addresses() { return m_services->addresses(); }
    const QList<ChainWatcher *> &watchers() const { return m_services->watchers(); }
    ChainWatcher *watcher(qint64 chainId) const { return m_services->watcher(chainId); }
    TestWallet &testWallet() { return m_services->testWallet(); }
    QJsonObject health() { return m_services->health(); }
    QJsonObject priceStatus() { return m_services->priceStatus(); }
    void startBuiltinChain() { m_services->startBuiltinChain(); }
    const BuiltinChain *builtinChain() const { return m_services->builtinChain(); }

private:
    class StorageGroupCommit;
    void registerHealthRoute();

    Services *m_services = nullptr; // child
    std::unique_ptr<StorageGroupCommit> m_groupCommit;
    RateLimiter m_publicLimiter;
    HttpServer *m_http = nullptr; // child
    std::unique_ptr<ApiRoutes> m_api;
    HostedCheckout *m_hosted = nullptr; // child
    quint16 m_port = 0;
};
