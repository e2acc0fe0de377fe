#pragma once

#include "Clock.h"
#include "Requests.h"
#include "Storage.h"

#include <QObject>

#include <optional>

// Webhook endpoints as the merchant manages them (API and console): create with a secret shown once,
// update, disable, roll the secret (the old one keeps signing for 24 hours), delete, send a test event,
// and redeliver an event. Errors are DomainError with a message for the merchant.
class WebhookService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookService)

public:
    static constexpr qint64 kSecretOverlapMs = 24LL * 60 * 60 * 1000;

    WebhookService(Storage &store, const Clock &clock, QObject *parent = nullptr);

    static QStringList eventTypes(); // every type an endpoint may subscribe to, "*" included

    WebhookEndpoint create(bool livemode, const WebhookEndpointRequest &request);
    WebhookEndpoint update(const QString &id, bool livemode, const WebhookEndpointRequest &request);
    void remove(const QString &id, bool livemode);
    std::optional<WebhookEndpoint> endpoint(const QString &id, bool livemode);
    QList<WebhookEndpoint> endpoints(bool livemode);
    Event sendTest(const QString &id, bool livemode);
    // The event again to every enabled endpoint it is for, or (endpointId) to that one only; how many queued.
    int redeliver(const QString &eventId, bool livemode, const QString &endpointId = {});
    // Events of the mode, newest first, paged forward from startingAfter (an event of the mode, or
    // DomainError), optionally of one type or session.
    QList<Event> events(bool livemode, int limit, const QString &startingAfter, const QString &type,
                        const QString &sessionId, bool *hasMore);
    std::optional<Event> findEvent(const QString &id, bool livemode);
    // Where an event went: each delivery with its attempts.
    struct EventDelivery
    {
        WebhookDelivery delivery;
        QList<WebhookAttempt> attempts;
    };
    QList<EventDelivery> deliveries(const QString &eventId);

    // What create() and update() check, without storing anything (the setup assistant asks before it saves).
    void validate(const WebhookEndpointRequest &request, bool creating, bool livemode) const;

Q_SIGNALS:
    // Deliveries were queued outside a session change: the dispatcher should look now.
    void deliveriesQueued();
    // An endpoint was added, changed or deleted (through the API or the console).
    void endpointsChanged();

private:
    Storage &m_store;
    const Clock &m_clock;
};
