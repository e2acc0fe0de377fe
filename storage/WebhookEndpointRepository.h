#pragma once

#include "Webhook.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

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
    // Soft delete: the endpoint stays for the delivery log; its pending deliveries are cancelled.
    void remove(const QString &id, qint64 nowMs);

private:
    Database &m_db;
};
