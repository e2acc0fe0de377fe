#pragma once

#include "Database.h"
#include "Webhook.h"

#include <QList>
#include <QString>

#include <optional>

// Where the shop wants its events delivered.
class WebhookEndpointRepository
{
public:
    explicit WebhookEndpointRepository(Database &db)
        : m_db(db)
    {}

    void insert(const WebhookEndpoint &endpoint);
    void update(const WebhookEndpoint &endpoint);
    std::optional<WebhookEndpoint> byId(const QString &id);
    QList<WebhookEndpoint> list(std::optional<bool> livemode = std::nullopt);
    // The endpoints of a mode, for deciding who gets an event: on SQLite kept in memory while
    // Database::settingsChangeToken() stands, which this repository's writes move on. Only what that
    // decision reads is kept current (ids, whether enabled, the events subscribed to): failingSinceMs, which
    // deliveries set on another connection, may be older. Every create reads them.
    QList<WebhookEndpoint> deliveryTargets(bool livemode);
    // Soft delete: the endpoint stays for the delivery log; its pending deliveries are cancelled.
    void remove(const QString &id, qint64 nowMs);

private:
    Database &m_db;
    struct Targets
    {
        std::optional<Database::ChangeToken> token;
        QList<WebhookEndpoint> endpoints;
    };
    Targets m_targets[2]; // test, live
};
