#include "EventRepository.h"

#include "Database.h"
#include "Ids.h"
#include "Rows.h"
#include "SqlSupport.h"
#include "WebhookEndpointRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

void EventRepository::insert(const Event &event, bool deliver)
{
    insert(event, QJsonDocument(event.object).toJson(QJsonDocument::Compact), deliver);
}

void EventRepository::insert(const Event &event, const QByteArray &objectJson, bool deliver)
{
    SqlStatement query(m_db, u"INSERT INTO events (id, type, session_id, livemode, created_at, payload) "
                             "VALUES (:id, :type, :session, :livemode, :created, :payload)"_s);
    query.bind(u":id"_s, event.id)
        .bind(u":type"_s, event.type)
        .bind(u":session"_s, nullable(event.sessionId))
        .bind(u":livemode"_s, event.livemode)
        .bind(u":created"_s, event.createdAtMs)
        .bind(u":payload"_s, QString::fromUtf8(objectJson))
        .run();
    if (deliver)
        createDeliveries(event);
}

QList<Event> EventRepository::forSession(const QString &sessionId)
{
    SqlStatement query(
        m_db, u"SELECT %1 FROM events WHERE session_id = :session ORDER BY seq"_s.arg(kEventColumns));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<Event>(result, eventFromQuery);
}

QList<Event> EventRepository::byIds(const QStringList &ids)
{
    // One statement text whatever the number of ids: they are bound as a JSON array.
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    SqlStatement query(m_db, u"SELECT %1 FROM events WHERE id IN (%2)"_s.arg(
                                 kEventColumns, m_db.jsonArrayValues(u":ids"_s, u"TEXT"_s)));
    auto &result =
        query.bind(u":ids"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))).run();
    return collect<Event>(result, eventFromQuery);
}

std::optional<Event> EventRepository::byId(const QString &id)
{
    SqlStatement query(m_db, u"SELECT %1 FROM events WHERE id = :id"_s.arg(kEventColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return eventFromQuery(result);
}

int EventRepository::createDeliveries(const Event &event, const QString &onlyEndpointId)
{
    // Every enabled endpoint of the event's mode that subscribes to its type, in the event's transaction.
    int created = 0;
    const QList<WebhookEndpoint> endpoints = m_endpoints.deliveryTargets(event.livemode);
    for (const WebhookEndpoint &endpoint : endpoints) {
        if (!endpoint.enabled || !(endpoint.subscribesTo(event.type) || endpoint.id == onlyEndpointId))
            continue;
        if (!onlyEndpointId.isEmpty() && endpoint.id != onlyEndpointId)
            continue;
        SqlStatement query(
            m_db, u"INSERT INTO webhook_deliveries (event_id, endpoint_id, state, next_attempt_at, "
                  "created_at) VALUES (:event, :endpoint, 'pending', :now, :now) ON CONFLICT DO NOTHING"_s);
        created += query.bind(u":event"_s, event.id)
                       .bind(u":endpoint"_s, endpoint.id)
                       .bind(u":now"_s, event.createdAtMs)
                       .run()
                       .numRowsAffected();
    }
    // Counted once committed (and durable): until then the dispatcher could not read them anyway.
    if (created > 0)
        m_db.afterCommit([this, created] { m_deliveriesCreated += static_cast<quint64>(created); });
    return created;
}

QList<WebhookDelivery> EventRepository::dueDeliveries(qint64 nowMs, int limit, int perEndpoint,
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
    SqlStatement endpoints(m_db,
                           u"SELECT w.id FROM webhook_endpoints w WHERE EXISTS (SELECT 1 FROM "
                           "webhook_deliveries d WHERE d.state = 'pending' AND d.endpoint_id = w.id AND "
                           "d.next_attempt_at <= :now)"_s);
    QStringList ids;
    auto &found = endpoints.bind(u":now"_s, nowMs).run();
    while (found.next())
        ids << found.value(0).toString();
    QList<QList<WebhookDelivery>> turns;
    for (const QString &id : std::as_const(ids)) {
        SqlStatement query(m_db,
                           u"SELECT %1 FROM %2 WHERE d.state = 'pending' AND d.endpoint_id = :endpoint AND "
                           "d.next_attempt_at <= :now AND d.id NOT IN (%3) ORDER BY d.next_attempt_at, d.id "
                           "LIMIT :per"_s.arg(kDeliveryColumns, kDeliveryJoin,
                                              m_db.jsonArrayValues(u":skip"_s, u"BIGINT"_s)));
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

namespace {
QString idArray(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return u'[' + numbers.join(u',') + u']';
}
} // namespace

QSet<qint64> EventRepository::claimDeliveries(const QList<qint64> &ids, qint64 nowMs, qint64 leaseUntilMs)
{
    QSet<qint64> claimed;
    if (ids.isEmpty())
        return claimed;
    m_db.transaction([&] {
        SqlStatement claim(
            m_db, u"UPDATE webhook_deliveries SET next_attempt_at = :lease WHERE id IN (SELECT id FROM "
                  "webhook_deliveries WHERE id IN (%1) AND state = 'pending' AND next_attempt_at <= :now%2) "
                  "RETURNING id"_s.arg(m_db.jsonArrayValues(u":ids"_s, u"BIGINT"_s),
                                       m_db.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString()));
        auto &result =
            claim.bind(u":lease"_s, leaseUntilMs).bind(u":ids"_s, idArray(ids)).bind(u":now"_s, nowMs).run();
        while (result.next())
            claimed.insert(result.value(0).toLongLong());
    });
    return claimed;
}

void EventRepository::releaseDeliveries(const QList<qint64> &ids, qint64 nowMs)
{
    if (ids.isEmpty())
        return;
    SqlStatement release(m_db, u"UPDATE webhook_deliveries SET next_attempt_at = :now WHERE id IN (%1) AND "
                               "state = 'pending'"_s.arg(m_db.jsonArrayValues(u":ids"_s, u"BIGINT"_s)));
    release.bind(u":now"_s, nowMs).bind(u":ids"_s, idArray(ids)).run();
}

std::optional<qint64> EventRepository::nextDeliveryAtMs()
{
    SqlStatement query(m_db,
                       u"SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE state = 'pending'"_s);
    auto &result = query.run();
    if (!result.next() || result.value(0).isNull())
        return std::nullopt;
    return result.value(0).toLongLong();
}

bool EventRepository::recordDeliveryAttempt(const WebhookDelivery &delivery, const WebhookAttempt &attempt)
{
    bool recorded = true;
    m_db.transaction([&] {
        SqlStatement update(
            m_db,
            u"UPDATE webhook_deliveries SET state = :state, attempts = :attempts, next_attempt_at = :next, "
            "delivered_at = :delivered WHERE id = :id AND (CAST(:claimed AS BIGINT) = 0 OR (state = "
            "'pending' AND "
            "next_attempt_at = :claimed))"_s);
        const int updated = update.bind(u":state"_s, deliveryStateName(delivery.state))
                                .bind(u":attempts"_s, delivery.attempts)
                                .bind(u":next"_s, nullable(delivery.nextAttemptAtMs))
                                .bind(u":delivered"_s, nullable(delivery.deliveredAtMs))
                                .bind(u":id"_s, delivery.id)
                                .bind(u":claimed"_s, delivery.claimedUntilMs)
                                .run()
                                .numRowsAffected();
        if (updated == 0) {
            // The claim ran out (this result comes late) and another instance, or an operator's redelivery,
            // has the delivery now: what it writes stands, and this attempt is not recorded.
            recorded = false;
            return;
        }
        SqlStatement insert(
            m_db, u"INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, latency_ms, "
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
        // An endpoint is failing from the first delivery given up on until its next success.
        if (delivery.state == WebhookDelivery::State::Delivered) {
            SqlStatement endpoint(m_db,
                                  u"UPDATE webhook_endpoints SET failing_since = NULL WHERE id = :id AND "
                                  "failing_since IS NOT NULL"_s);
            endpoint.bind(u":id"_s, delivery.endpointId).run();
        } else if (delivery.state == WebhookDelivery::State::Failed) {
            SqlStatement endpoint(
                m_db, u"UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, :now) "
                      "WHERE id = :id"_s);
            endpoint.bind(u":now"_s, attempt.attemptedAtMs).bind(u":id"_s, delivery.endpointId).run();
        }
    });
    return recorded;
}

QList<WebhookDelivery> EventRepository::deliveriesForEvent(const QString &eventId)
{
    SqlStatement query(m_db, u"SELECT %1 FROM %2 WHERE d.event_id = :event ORDER BY d.id"_s.arg(
                                 kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":event"_s, eventId).run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QList<WebhookDelivery> EventRepository::deliveriesForSession(const QString &sessionId)
{
    SqlStatement query(m_db, u"SELECT %1 FROM %2 WHERE e.session_id = :session ORDER BY d.id"_s.arg(
                                 kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QList<WebhookDelivery> EventRepository::recentDeliveries(const QString &endpointId, int limit)
{
    SqlStatement query(
        m_db, u"SELECT %1 FROM %2 WHERE (:any = 1 OR d.endpoint_id = :endpoint) ORDER BY d.id DESC LIMIT "
              ":limit"_s.arg(kDeliveryColumns, kDeliveryJoin));
    auto &result = query.bind(u":any"_s, endpointId.isEmpty())
                       .bind(u":endpoint"_s, endpointId)
                       .bind(u":limit"_s, limit)
                       .run();
    return collect<WebhookDelivery>(result, deliveryFromQuery);
}

QHash<qint64, QList<WebhookAttempt>> EventRepository::attemptsForDeliveries(const QList<qint64> &deliveryIds)
{
    QHash<qint64, QList<WebhookAttempt>> attempts;
    if (deliveryIds.isEmpty())
        return attempts;
    QJsonArray array;
    for (qint64 id : deliveryIds)
        array.append(id);
    SqlStatement query(m_db,
                       u"SELECT id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, "
                       "error FROM webhook_attempts WHERE delivery_id IN (%1) ORDER BY delivery_id, id"_s.arg(
                           m_db.jsonArrayValues(u":ids"_s, u"BIGINT"_s)));
    auto &result =
        query.bind(u":ids"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))).run();
    while (result.next()) {
        const WebhookAttempt attempt = attemptFromQuery(result);
        attempts[attempt.deliveryId].append(attempt);
    }
    return attempts;
}

QHash<qint64, WebhookAttempt> EventRepository::lastAttempts(const QList<qint64> &deliveryIds)
{
    QHash<qint64, WebhookAttempt> last;
    if (deliveryIds.isEmpty())
        return last;
    QJsonArray array;
    for (qint64 id : deliveryIds)
        array.append(id);
    SqlStatement query(m_db,
                       u"SELECT id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, "
                       "error FROM webhook_attempts WHERE id IN (SELECT MAX(id) FROM webhook_attempts "
                       "WHERE delivery_id IN (%1) GROUP BY delivery_id)"_s.arg(
                           m_db.jsonArrayValues(u":ids"_s, u"BIGINT"_s)));
    auto &result =
        query.bind(u":ids"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))).run();
    while (result.next()) {
        const WebhookAttempt attempt = attemptFromQuery(result);
        last.insert(attempt.deliveryId, attempt);
    }
    return last;
}

QList<WebhookAttempt> EventRepository::attemptsForDelivery(qint64 deliveryId)
{
    SqlStatement query(m_db,
                       u"SELECT id, delivery_id, attempted_at, status_code, latency_ms, response_excerpt, "
                       "error FROM webhook_attempts WHERE delivery_id = :delivery ORDER BY id"_s);
    auto &result = query.bind(u":delivery"_s, deliveryId).run();
    return collect<WebhookAttempt>(result, attemptFromQuery);
}

int EventRepository::redeliver(const Event &event, qint64 nowMs, const QString &endpointId)
{
    int count = 0;
    m_db.transaction([&] {
        SqlStatement reset(m_db,
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

QList<Event> EventRepository::list(bool livemode, int limit, const QString &startingAfter,
                                   const QString &type, const QString &sessionId, bool *hasMore)
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
    SqlStatement query(m_db, sql);
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
