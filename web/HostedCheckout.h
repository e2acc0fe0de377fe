#pragma once

#include "AppConfig.h"
#include "CheckoutSession.h"
#include "Clock.h"
#include "HttpTypes.h"
#include "PageTranslations.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class HttpServer;
class QWebSocket;
class Router;
class CheckoutService;

// The page customers pay on: /checkout/{id} (HTML shell from resources, translated per request),
// /checkout/{id}/state.json (the public state: only what the page shows, never metadata or email),
// /checkout/{id}/qr.svg (the EIP-681 URI of what is due now) and a WebSocket at /checkout/{id}/live that
// pushes the public state on every change. Static assets are served from /assets/.
class HostedCheckout : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostedCheckout)

public:
    // A page sends nothing but pongs; a message larger than this is an attack, not a page.
    static constexpr qint64 kMaxIncomingMessageBytes = 4096;
    static constexpr int kPingIntervalMs = 30'000;
    static constexpr qint64 kSilenceLimitMs = 75'000; // no pong for this long: the page is gone
    using HeadProvider = std::function<qint64(qint64 chainId)>;

    HostedCheckout(const AppConfig &config, CheckoutService &checkout, const Clock &clock, HeadProvider head,
                   QObject *parent = nullptr);
    ~HostedCheckout() override;

    void registerRoutes(Router &router);
    void acceptWebSockets(HttpServer &server);

    QJsonObject publicState(const CheckoutSession &session) const;
    int liveConnectionCount() const;

public Q_SLOTS:
    void sessionChanged(const CheckoutSession &session);
    // Confirmations move with the head: push to pages of sessions waiting for them on this chain.
    void chainAdvanced(qint64 chainId);

private:
    HttpResponse page(const HttpRequest &request);
    HttpResponse notFoundPage(const QString &language) const;
    std::optional<CheckoutSession> findSession(const QString &id) const;
    void push(const QString &sessionId, const QJsonObject &state);
    void onWebSocket(QWebSocket *socket);
    static void addPageHeaders(HttpResponse &response);

    const AppConfig &m_config;
    CheckoutService &m_checkout;
    const Clock &m_clock;
    HeadProvider m_head;
    PageTranslations m_translations;
    QHash<QString, QList<QPointer<QWebSocket>>> m_watchers; // session id -> live pages
    QTimer m_pingTimer; // keeps live pages honest: ping, and drop the silent
};
