#pragma once

#include "Event.h"
#include "Webhook.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class WebhookEndpointRepository;

// Events, and their webhook deliveries and attempts: an event and its deliveries are written together.
class EventRepository
{
public:
    EventRepository(Database &db, WebhookEndpointRepository &endpoints)
        : m_db(db)
        , m_endpoints(endpoints)
    {}

    // Also queues its webhook deliveries, unless deliver is false (test events go to one endpoint only).
    void insert(const Event &event, bool deliver = true);
    // The same, with event.object already in compact JSON (the API answers a create with these bytes).
    void insert(const Event &event, const QByteArray &objectJson, bool deliver = true);
    QList<Event> forSession(const QString &sessionId);
    std::optional<Event> byId(const QString &id);
    QList<Event> byIds(const QStringList &ids);
    QList<Event> list(bool livemode, int limit, const QString &startingAfter, const QString &type,
                      const QString &sessionId, bool *hasMore);

    // Queues the event for every matching endpoint (or only the given one). insert() calls this, so an
    // event and its deliveries are one transaction.
    int createDeliveries(const Event &event, const QString &onlyEndpointId = {});
    // How many deliveries this connection has queued since it was opened (rolled back ones included): a
    // change tells the dispatcher there may be work.
    quint64 deliveriesCreated() const { return m_deliveriesCreated; }
    // The outbox claim: of these deliveries, those still pending and due are leased to the caller until
    // leaseUntilMs (their next attempt is moved there), and their ids returned. On PostgreSQL the rows are
    // taken with SELECT … FOR UPDATE SKIP LOCKED, so instances claiming at the same moment never get the same
    // delivery; a crashed instance's claims fall due again when the lease runs out.
    QSet<qint64> claimDeliveries(const QList<qint64> &ids, qint64 nowMs, qint64 leaseUntilMs);
    // Gives claims back unsent (a dispatcher stopping): due again at nowMs.
    void releaseDeliveries(const QList<qint64> &ids, qint64 nowMs);
    QList<WebhookDelivery> dueDeliveries(qint64 nowMs, int limit, int perEndpoint,
                                         const QSet<qint64> &skip = {});
    std::optional<qint64> nextDeliveryAtMs();
    // The attempt and the delivery's new state; false (nothing written) when the delivery was claimed
    // (claimedUntilMs) and that claim is no longer the caller's.
    bool recordDeliveryAttempt(const WebhookDelivery &delivery, const WebhookAttempt &attempt);
    QList<WebhookDelivery> deliveriesForEvent(const QString &eventId);
    QList<WebhookDelivery> deliveriesForSession(const QString &sessionId);
    QList<WebhookDelivery> recentDeliveries(const QString &endpointId, int limit);
    QList<WebhookAttempt> attemptsForDelivery(qint64 deliveryId);
    // Every attempt of each of these deliveries, oldest first, in one query.
    QHash<qint64, QList<WebhookAttempt>> attemptsForDeliveries(const QList<qint64> &deliveryIds);
    // The latest attempt of each of these deliveries (those with none are missing), in one query.
    QHash<qint64, WebhookAttempt> lastAttempts(const QList<qint64> &deliveryIds);
    // Queues the event again for every enabled endpoint it is for (and any that subscribed since), or, given
    // endpointId, for that endpoint alone. Returns how many deliveries were queued.
    int redeliver(const Event &event, qint64 nowMs, const QString &endpointId = {});

private:
    Database &m_db;
    WebhookEndpointRepository &m_endpoints;
    quint64 m_deliveriesCreated = 0;
};
