// Store: webhook endpoints, deliveries and attempts, and the event list.
#include "StoreSupport.h"

#include "Time.h"

#include <QJsonArray>

using namespace storesupport;

namespace {
const QString kEndpointColumns =
    u"id, livemode, url, description, events, secret, previous_secret, "
    "previous_secret_expires_at, enabled, failing_since, created_at, updated_at"_s;

WebhookEndpoint endpointFromQuery(const QSqlQuery &query)
{
    WebhookEndpoint endpoint;
    endpoint.id = query.value(0).toString();
    endpoint.livemode = query.value(1).toBool();
    endpoint.url = query.value(2).toString();
    endpoint.description = nullableString(query.value(3));
    for (const QJsonValue &type : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
        endpoint.events << type.toString();
    endpoint.secret = query.value(5).toString();
    endpoint.previousSecret = nullableString(query.value(6));
    endpoint.previousSecretExpiresAtMs = optionalInt(query.value(7));
    endpoint.enabled = query.value(8).toBool();
    endpoint.failingSinceMs = optionalInt(query.value(9));
    endpoint.createdAtMs = query.value(10).toLongLong();
    endpoint.updatedAtMs = query.value(11).toLongLong();
    return endpoint;
}

const QString kDeliveryColumns = u"d.id, d.event_id, d.endpoint_id, d.state, d.attempts, d.next_attempt_at, "
                                 "d.delivered_at, d.created_at, e.type, e.session_id, w.url"_s;
const QString kDeliveryJoin =
    u"webhook_deliveries d JOIN events e ON e.id = d.event_id JOIN webhook_endpoints w ON "
    "w.id = d.endpoint_id"_s;

WebhookDelivery deliveryFromQuery(const QSqlQuery &query)
{
    WebhookDelivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.eventId = query.value(1).toString();
    delivery.endpointId = query.value(2).toString();
    const QString state = query.value(3).toString();
    delivery.state = state == u"delivered" ? WebhookDelivery::State::Delivered
                     : state == u"failed"  ? WebhookDelivery::State::Failed
                                           : WebhookDelivery::State::Pending;
    delivery.attempts = query.value(4).toInt();
    delivery.nextAttemptAtMs = optionalInt(query.value(5));
    delivery.deliveredAtMs = optionalInt(query.value(6));
    delivery.createdAtMs = query.value(7).toLongLong();
    delivery.eventType = query.value(8).toString();
    delivery.sessionId = nullableString(query.value(9));
    delivery.endpointUrl = query.value(10).toString();
    return delivery;
}

WebhookAttempt attemptFromQuery(const QSqlQuery &query)
{
    WebhookAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.deliveryId = query.value(1).toLongLong();
    attempt.attemptedAtMs = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        attempt.statusCode = query.value(3).toInt();
    attempt.latencyMs = query.value(4).toLongLong();
    attempt.responseExcerpt = nullableString(query.value(5));
    attempt.error = nullableString(query.value(6));
    return attempt;
}

QString eventsText(const QStringList &events)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}
} // namespace

QString deliveryStateName(WebhookDelivery::State state)
{
    switch (state) {
    case WebhookDelivery::State::Delivered:
        return u"delivered"_s;
    case WebhookDelivery::State::Failed:
        return u"failed"_s;
    case WebhookDelivery::State::Pending:
        break;
    }
    return u"pending"_s;
}

QJsonObject WebhookEndpoint::toJson(bool includeSecret) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"object"_s, u"webhook_endpoint"_s},
        {u"url"_s, url},
        {u"description"_s, description.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(description)},
        {u"events"_s, QJsonArray::fromStringList(events)},
        {u"enabled"_s, enabled},
        {u"status"_s, !enabled         ? u"disabled"_s
                      : failingSinceMs ? u"failing"_s
                                       : u"enabled"_s},
        {u"failingSince"_s, isoTimestampOrNull(failingSinceMs)},
        {u"livemode"_s, livemode},
        {u"createdAt"_s, isoTimestamp(createdAtMs)},
        {u"updatedAt"_s, isoTimestamp(updatedAtMs)}};
    if (includeSecret)
        json.insert(u"secret"_s, secret);
    return json;
}

QJsonObject WebhookAttempt::toJson() const
{
    return {{u"attemptedAt"_s, isoTimestamp(attemptedAtMs)},
            {u"statusCode"_s, statusCode ? QJsonValue(*statusCode) : QJsonValue(QJsonValue::Null)},
            {u"latencyMs"_s, latencyMs},
            {u"responseExcerpt"_s, responseExcerpt},
            {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)}};
}

void Store::insertWebhookEndpoint(const WebhookEndpoint &endpoint)
{
    StoreQuery query(*this,
                     u"INSERT INTO webhook_endpoints (id, livemode, url, description, events, secret, "
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
}

void Store::updateWebhookEndpoint(const WebhookEndpoint &endpoint)
{
    StoreQuery query(*this,
                     u"UPDATE webhook_endpoints SET url = :url, description = :description, events = "
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
}

std::optional<WebhookEndpoint> Store::webhookEndpointById(const QString &id)
{
    StoreQuery query(*this, u"SELECT %1 FROM webhook_endpoints WHERE id = :id AND deleted_at IS NULL"_s.arg(
                                kEndpointColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return endpointFromQuery(result);
}

QList<WebhookEndpoint> Store::listWebhookEndpoints(std::optional<bool> livemode)
{
    StoreQuery query(*this,
                     u"SELECT %1 FROM webhook_endpoints WHERE deleted_at IS NULL AND (:any OR livemode = "
                     ":livemode) ORDER BY seq DESC"_s.arg(kEndpointColumns));
    auto &result =
        query.bind(u":any"_s, !livemode.has_value()).bind(u":livemode"_s, livemode.value_or(false)).run();
    return collect<WebhookEndpoint>(result, endpointFromQuery);
}

void Store::deleteWebhookEndpoint(const QString &id, qint64 nowMs)
{
    transaction([&] {
        StoreQuery endpoint(*this,
                            u"UPDATE webhook_endpoints SET deleted_at = :now, enabled = 0 WHERE id = :id"_s);
        endpoint.bind(u":now"_s, nowMs).bind(u":id"_s, id).run();
        StoreQuery deliveries(*this,
                              u"UPDATE webhook_deliveries SET state = 'failed', next_attempt_at = NULL WHERE "
                              "endpoint_id = :id AND state = 'pending'"_s);
        deliveries.bind(u":id"_s, id).run();
    });
}

int Store::createDeliveries(const Event &event, const QString &onlyEndpointId)
{
    // Every enabled endpoint of the event's mode that subscribes to its type, in the event's transaction.
    int created = 0;
    for (const WebhookEndpoint &endpoint : listWebhookEndpoints(event.livemode)) {
        if (!endpoint.enabled || !(endpoint.subscribesTo(event.type) || endpoint.id == onlyEndpointId))
            continue;
        if (!onlyEndpointId.isEmpty() && endpoint.id != onlyEndpointId)
            continue;
        StoreQuery query(*this,
                         u"INSERT OR IGNORE INTO webhook_deliveries (event_id, endpoint_id, state, "
                         "next_attempt_at, created_at) VALUES (:event, :endpoint, 'pending', :now, :now)"_s);
        created += query.bind(u":event"_s, event.id)
                       .bind(u":endpoint"_s, endpoint.id)
                       .bind(u":now"_s, event.createdAtMs)
                       .run()
                       .numRowsAffected();
    }
    m_deliveriesCreated += static_cast<quint64>(created);
    return created;
}

QList<WebhookDelivery> Store::dueDeliveries(qint64 nowMs, int limit, int perEndpoint,
                                            const QSet<qint64> &skip)
{
    // Deliveries already being sent are passed over in the query (one statement text, the ids bound as a
    // JSON array), so each endpoint's turns are all new.
    QStringList skipped;
    skipped.reserve(skip.size());
    for (const qint64 id : skip)
        skipped << QString::number(id);
    const QString skipJson = u'[' + skipped.join(u',') + u']';
    // Endpoints are few; their pending deliveries may be many: one index probe per endpoint, not a scan.
    StoreQuery endpoints(*this, u"SELECT w.id FROM webhook_endpoints w WHERE EXISTS (SELECT 1 FROM "
                                "webhook_deliveries d WHERE d.state = 'pending' AND d.endpoint_id = w.id AND "
                                "d.next_attempt_at <= :now)"_s);
    QStringList ids;
    auto &found = endpoints.bind(u":now"_s, nowMs).run();
    while (found.next())
        ids << found.value(0).toString();
    QList<QList<WebhookDelivery>> turns;
    for (const QString &id : std::as_const(ids)) {
        StoreQuery query(
            *this, u"SELECT %1 FROM %2 WHERE d.state = 'pending' AND d.endpoint_id = :endpoint AND "
                   "d.next_attempt_at <= :now AND d.id NOT IN (SELECT value FROM json_each(:skip)) "
                   "ORDER BY d.next_attempt_at, d.id LIMIT :per"_s.arg(kDeliveryColumns, kDeliveryJoin));
        auto &result = query.bind(u":endpoint"_s, id)
                           .bind(u":now"_s, nowMs)
                           .bind(u":skip"_s, skipJson)
                           .bind(u":per"_s, perEndpoint)
                           .run();
        turns << collect<WebhookDelivery>(result, deliveryFromQuery);
    }
    QList<WebhookDelivery> due;
    for (int turn = 0; turn < perEndpoint && due.size() < limit; ++turn) {
        for (const QList<WebhookDelivery> &endpoint : std::as_const(turns)) {
            if (turn < endpoint.size() && due.size() < limit)
                due << endpoint[turn];
        }
    }
    return due;
}

std::optional<qint64> Store::nextDeliveryAtMs()
{
    StoreQuery query(*this, u"SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE state = 'pending'"_s);
    auto &result = query.run();
    if (!result.next() || result.value(0).isNull())
        return std::nullopt;
    return result.value(0).toLongLong();
}

void Store::recordDeliveryAttempt(const WebhookDelivery &delivery, const WebhookAttempt &attempt)
{
    transaction([&] {
        StoreQuery insert(
            *this, u"INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, "
                   "response_excerpt, error) VALUES (:delivery, :at, :status, :latency, :excerpt, "
                   ":error)"_s);
        insert.bind(u":delivery"_s, delivery.id)
            .bind(u":at"_s, attempt.attemptedAtMs)
            .bind(u":status"_s,
                  attempt.statusCode ? QVariant(*attempt.statusCode) : QVariant(QMetaType::fromType<int>()))
            .bind(u":latency"_s, attempt.latencyMs)
            .bind(u":excerpt"_s, attempt.responseExcerpt)
            .bind(u":error"_s, nullable(attempt.error.isEmpty() ? QString() : attempt.error))
            .run();
        StoreQuery update(*this, u"UPDATE webhook_deliveries SET state = :state, attempts = :attempts, "
                                 "next_attempt_at = :next, delivered_at = :delivered WHERE id = :id"_s);
        update.bind(u":state"_s, deliveryStateName(delivery.state))
            .bind(u":attempts"_s, delivery.attempts)
            .bind(u":next"_s, nullable(delivery.nextAttemptAtMs))
            .bind(u":delivered"_s, nullable(delivery.deliveredAtMs))
            .bind(u":id"_s, delivery.id)
            .run();
        // An endpoint is failing from the first delivery given up on until its next success.
        if (delivery.state == WebhookDelivery::State::Delivered) {
            StoreQuery endpoint(*this, u"UPDATE webhook_endpoints SET failing_since = NULL WHERE id = :id"_s);
            endpoint.bind(u":id"_s, delivery.endpointId).run();
        } else if (delivery.state == WebhookDelivery::State::Failed) {
            StoreQuery endpoint(*this,
                                u"UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, :now) "
                                "WHERE id = :id"_s);
            endpoint.bind(u":now"_s, attempt.attemptedAtMs).bind(u":id"_s, delivery.endpointId).run();
        }
    });
}

QList<WebhookDelivery> Store::deliveriesForEvent(const QString &eventId)
{
    StoreQuery query(*this, u"SELECT %1 FROM %2 WHERE d.event_id = :event ORDER BY d.id"_s.arg(
                                kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":event"_s, eventId).run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QList<WebhookDelivery> Store::deliveriesForSession(const QString &sessionId)
{
    StoreQuery query(*this, u"SELECT %1 FROM %2 WHERE e.session_id = :session ORDER BY d.id"_s.arg(
                                kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QList<WebhookDelivery> Store::recentDeliveries(const QString &endpointId, int limit)
{
    StoreQuery query(*this,
                     u"SELECT %1 FROM %2 WHERE (:any OR d.endpoint_id = :endpoint) ORDER BY d.id DESC LIMIT "
                     ":limit"_s.arg(kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":any"_s, endpointId.isEmpty())
                       .bind(u":endpoint"_s, endpointId)
                       .bind(u":limit"_s, limit)
                       .run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QList<WebhookAttempt> Store::attemptsForDelivery(qint64 deliveryId)
{
    StoreQuery query(*this,
                     u"SELECT id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, "
                     "error FROM webhook_attempts WHERE delivery_id = :delivery ORDER BY id"_s);
    auto &result = query.bind(u":delivery"_s, deliveryId).run();
    return collect<WebhookAttempt>(result, attemptFromQuery);
}

int Store::redeliverEvent(const Event &event, qint64 nowMs, const QString &endpointId)
{
    int count = 0;
    transaction([&] {
        StoreQuery reset(*this,
                         u"UPDATE webhook_deliveries SET state = 'pending', next_attempt_at = :now, "
                         u"created_at = :now WHERE "
                         "event_id = :event AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE "
                         "deleted_at IS NULL AND enabled = 1%1)"_s.arg(
                             endpointId.isEmpty() ? u""_s : u" AND id = :endpoint"_s));
        reset.bind(u":now"_s, nowMs).bind(u":event"_s, event.id);
        if (!endpointId.isEmpty())
            reset.bind(u":endpoint"_s, endpointId);
        count = reset.run().numRowsAffected();
        if (endpointId.isEmpty()) {
            Event now = event;
            now.createdAtMs = nowMs;
            count += createDeliveries(now);
        }
    });
    return count;
}

QList<Event> Store::listEvents(bool livemode, int limit, const QString &startingAfter, const QString &type,
                               const QString &sessionId, bool *hasMore)
{
    QString sql =
        u"SELECT id, type, session_id, livemode, created_at, payload FROM events WHERE livemode = :livemode"_s;
    if (!startingAfter.isEmpty())
        sql += u" AND seq < (SELECT seq FROM events WHERE id = :cursor)"_s;
    if (!type.isEmpty())
        sql += u" AND type = :type"_s;
    if (!sessionId.isEmpty())
        sql += u" AND session_id = :session"_s;
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;
    StoreQuery query(*this, sql);
    query.bind(u":livemode"_s, livemode).bind(u":limit"_s, limit + 1);
    if (!startingAfter.isEmpty())
        query.bind(u":cursor"_s, startingAfter);
    if (!type.isEmpty())
        query.bind(u":type"_s, type);
    if (!sessionId.isEmpty())
        query.bind(u":session"_s, sessionId);
    auto &result = query.run();
    QList<Event> events = collect<Event>(result, [](const QSqlQuery &row) {
        Event event;
        event.id = row.value(0).toString();
        event.type = row.value(1).toString();
        event.sessionId = nullableString(row.value(2));
        event.livemode = row.value(3).toBool();
        event.createdAtMs = row.value(4).toLongLong();
        event.object = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
        return event;
    });
    if (hasMore)
        *hasMore = events.size() > limit;
    if (events.size() > limit)
        events.removeLast();
    return events;
}
