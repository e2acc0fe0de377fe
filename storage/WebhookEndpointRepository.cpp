#include "WebhookEndpointRepository.h"

#include "Database.h"
#include "Ids.h"
#include "Rows.h"
#include "SqlSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

void WebhookEndpointRepository::insert(const WebhookEndpoint &endpoint)
{
    SqlStatement query(
        m_db, u"INSERT INTO webhook_endpoints (id, livemode, url, description, events, secret, "
              "enabled, created_at, updated_at) VALUES (:id, :livemode, :url, :description, :events, "
              ":secret, :enabled, :created, :updated)"_s);
    query.bind(u":id"_s, endpoint.id)
        .bind(u":livemode"_s, endpoint.livemode)
        .bind(u":url"_s, endpoint.url)
        .bind(u":description"_s, nullable(endpoint.description))
        .bind(u":events"_s, eventsText(endpoint.events))
        .bind(u":secret"_s, endpoint.secret)
        .bind(u":enabled"_s, endpoint.enabled)
        .bind(u":created"_s, endpoint.createdAtMs)
        .bind(u":updated"_s, endpoint.updatedAtMs)
        .run();
    m_db.noteSettingsWrite(); // after the write: a read before it keeps the old list under the old token
}

void WebhookEndpointRepository::update(const WebhookEndpoint &endpoint)
{
    SqlStatement query(
        m_db, u"UPDATE webhook_endpoints SET url = :url, description = :description, events = "
              ":events, secret = :secret, previous_secret = :previous, previous_secret_expires_at = "
              ":previous_expires, enabled = :enabled, failing_since = :failing, updated_at = :updated "
              "WHERE id = :id"_s);
    query.bind(u":url"_s, endpoint.url)
        .bind(u":description"_s, nullable(endpoint.description))
        .bind(u":events"_s, eventsText(endpoint.events))
        .bind(u":secret"_s, endpoint.secret)
        .bind(u":previous"_s, nullable(endpoint.previousSecret))
        .bind(u":previous_expires"_s, nullable(endpoint.previousSecretExpiresAtMs))
        .bind(u":enabled"_s, endpoint.enabled)
        .bind(u":failing"_s, nullable(endpoint.failingSinceMs))
        .bind(u":updated"_s, endpoint.updatedAtMs)
        .bind(u":id"_s, endpoint.id)
        .run();
    m_db.noteSettingsWrite();
}

std::optional<WebhookEndpoint> WebhookEndpointRepository::byId(const QString &id)
{
    SqlStatement query(m_db, u"SELECT %1 FROM webhook_endpoints WHERE id = :id AND deleted_at IS NULL"_s.arg(
                                 kEndpointColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return endpointFromQuery(result);
}

QList<WebhookEndpoint> WebhookEndpointRepository::list(std::optional<bool> livemode)
{
    SqlStatement query(
        m_db, u"SELECT %1 FROM webhook_endpoints WHERE deleted_at IS NULL AND (:any = 1 OR livemode = "
              ":livemode) ORDER BY seq DESC"_s.arg(kEndpointColumns));
    auto &result =
        query.bind(u":any"_s, !livemode.has_value()).bind(u":livemode"_s, livemode.value_or(false)).run();
    return collect<WebhookEndpoint>(result, endpointFromQuery);
}

QList<WebhookEndpoint> WebhookEndpointRepository::deliveryTargets(bool livemode)
{
    // On PostgreSQL the change token is the server's snapshot, which every transaction moves (this one's
    // too): it would cost a query and never match.
    if (m_db.isPostgres())
        return list(livemode);
    Targets &targets = m_targets[livemode ? 1 : 0];
    const Database::ChangeToken token = m_db.settingsChangeToken();
    if (targets.token != token) {
        targets.endpoints = list(livemode);
        targets.token = token;
    }
    return targets.endpoints;
}

void WebhookEndpointRepository::remove(const QString &id, qint64 nowMs)
{
    m_db.transaction([&] {
        SqlStatement endpoint(
            m_db, u"UPDATE webhook_endpoints SET deleted_at = :now, enabled = 0 WHERE id = :id"_s);
        endpoint.bind(u":now"_s, nowMs).bind(u":id"_s, id).run();
        m_db.noteSettingsWrite();
        SqlStatement deliveries(
            m_db, u"UPDATE webhook_deliveries SET state = 'failed', next_attempt_at = NULL WHERE "
                  "endpoint_id = :id AND state = 'pending'"_s);
        deliveries.bind(u":id"_s, id).run();
    });
}
