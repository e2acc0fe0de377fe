#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Where a shop wants events delivered, and what it wants.
struct WebhookEndpoint
{
    QString id; // we_…
    bool livemode = false;
    QString url;
    QString description;
    QStringList events;     // event types, or "*" for all
    QString secret;         // whsec_…
    QString previousSecret; // still signs beside the new one until previousSecretExpiresAtMs
    std::optional<qint64> previousSecretExpiresAtMs;
    bool enabled = true;
    std::optional<qint64> failingSinceMs; // set when a delivery was given up on; cleared by a success
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool subscribesTo(const QString &eventType) const
    {
        return events.contains(u"*") || events.contains(eventType);
    }
};

// One event on its way to one endpoint.
struct WebhookDelivery
{
    enum class State { Pending, Delivered, Failed };

    qint64 id = 0;
    QString eventId;
    QString endpointId;
    State state = State::Pending;
    int attempts = 0;
    std::optional<qint64> nextAttemptAtMs;
    std::optional<qint64> deliveredAtMs;
    qint64 createdAtMs = 0;
    // Not stored as such: the lease a dispatcher claimed it with (its next attempt time while claimed), so
    // that its result is written only while the claim is still its own (0: not claimed).
    qint64 claimedUntilMs = 0;
    // Joined for display.
    QString eventType;
    QString sessionId;
    QString endpointUrl;
};

QString deliveryStateName(WebhookDelivery::State state);

// Every event type an endpoint may subscribe to, "*" (all) first.
QStringList webhookEventTypes();

// One HTTP attempt of a delivery, as the merchant sees it in the log.
struct WebhookAttempt
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    qint64 attemptedAtMs = 0;
    std::optional<int> statusCode; // none when no HTTP answer came
    qint64 latencyMs = 0;
    QString responseExcerpt; // the first 4 KiB of the body
    QString error;

    bool succeeded() const { return statusCode && *statusCode >= 200 && *statusCode < 300; }
};
