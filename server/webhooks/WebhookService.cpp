#include "WebhookService.h"

#include "DomainError.h"
#include "Ids.h"
#include "RequestValidation.h"
#include "SessionStatus.h"

using namespace Qt::StringLiterals;

namespace {
QString newSecret()
{
    return u"whsec_"_s + randomToken(32);
}
} // namespace

WebhookService::WebhookService(Storage &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{}

QStringList WebhookService::eventTypes()
{
    return webhookEventTypes();
}

void WebhookService::validate(const WebhookEndpointRequest &request, bool creating, bool livemode) const
{
    if (creating && (!request.url || request.url->isEmpty()))
        throw DomainError::invalid(u"A webhook endpoint needs a url."_s, u"url"_s, u"parameter_missing"_s);
    if (request.url)
        validation::webhookUrl(*request.url, u"url"_s, livemode);
    if (request.description)
        validation::description(*request.description, u"description"_s);
    if (request.events) {
        if (request.events->isEmpty())
            throw DomainError::invalid(u"events must name at least one event type, or \"*\" for all."_s,
                                       u"events"_s);
        for (const QString &type : *request.events) {
            if (!eventTypes().contains(type)) {
                throw DomainError::invalid(
                    u"Unknown event type '%1'. Known: %2."_s.arg(type, eventTypes().join(u", "_s)),
                    u"events"_s);
            }
        }
    }
}

WebhookEndpoint WebhookService::create(bool livemode, const WebhookEndpointRequest &request)
{
    validate(request, true, livemode);
    WebhookEndpoint endpoint;
    endpoint.id = newObjectId(u"we");
    endpoint.livemode = livemode;
    endpoint.url = *request.url;
    endpoint.description = request.description.value_or(QString());
    endpoint.events = request.events.value_or(QStringList{u"*"_s});
    endpoint.secret = newSecret();
    endpoint.enabled = request.enabled.value_or(true);
    endpoint.createdAtMs = endpoint.updatedAtMs = m_clock.nowMs();
    m_store.webhookEndpoints().insert(endpoint);
    Q_EMIT endpointsChanged();
    return endpoint;
}

WebhookEndpoint WebhookService::update(const QString &id, bool livemode,
                                       const WebhookEndpointRequest &request)
{
    auto endpoint = this->endpoint(id, livemode);
    if (!endpoint)
        throw DomainError::notFound(u"No webhook endpoint %1."_s.arg(id), u"id"_s);
    validate(request, false, livemode);
    const qint64 now = m_clock.nowMs();
    if (request.url)
        endpoint->url = *request.url;
    if (request.events)
        endpoint->events = *request.events;
    if (request.description)
        endpoint->description = *request.description;
    if (request.enabled)
        endpoint->enabled = *request.enabled;
    if (request.rollSecret) {
        endpoint->previousSecret = endpoint->secret;
        endpoint->previousSecretExpiresAtMs = now + kSecretOverlapMs;
        endpoint->secret = newSecret();
    }
    endpoint->updatedAtMs = now;
    m_store.webhookEndpoints().update(*endpoint);
    Q_EMIT endpointsChanged();
    if (request.enabled.value_or(false))
        Q_EMIT deliveriesQueued();
    return *endpoint;
}

void WebhookService::remove(const QString &id, bool livemode)
{
    if (!endpoint(id, livemode))
        throw DomainError::notFound(u"No webhook endpoint %1."_s.arg(id), u"id"_s);
    m_store.webhookEndpoints().remove(id, m_clock.nowMs());
    Q_EMIT endpointsChanged();
}

std::optional<WebhookEndpoint> WebhookService::endpoint(const QString &id, bool livemode)
{
    auto found = m_store.webhookEndpoints().byId(id);
    if (!found || found->livemode != livemode)
        return std::nullopt;
    return found;
}

QList<WebhookEndpoint> WebhookService::endpoints(bool livemode)
{
    return m_store.webhookEndpoints().list(livemode);
}

Event WebhookService::sendTest(const QString &id, bool livemode)
{
    const auto target = endpoint(id, livemode);
    if (!target)
        throw DomainError::notFound(u"No webhook endpoint %1."_s.arg(id), u"id"_s);
    Event event{newObjectId(u"evt"),
                u"test.webhook"_s,
                QString(),
                livemode,
                m_clock.nowMs(),
                QJsonObject{{u"object"_s, u"test"_s},
                            {u"endpointId"_s, target->id},
                            {u"message"_s,
                             u"A test event from Crypto Checkout. Verify its signature like any other."_s}}};
    m_store.transaction([&] {
        m_store.events().insert(event, false);
        m_store.events().createDeliveries(event, target->id);
    });
    Q_EMIT deliveriesQueued();
    return event;
}

int WebhookService::redeliver(const QString &eventId, bool livemode, const QString &endpointId)
{
    const auto event = m_store.events().byId(eventId);
    if (!event || event->livemode != livemode)
        throw DomainError::notFound(u"No event %1."_s.arg(eventId), u"id"_s);
    const int queued = m_store.events().redeliver(*event, m_clock.nowMs(), endpointId);
    Q_EMIT deliveriesQueued();
    return queued;
}

QList<Event> WebhookService::events(bool livemode, int limit, const QString &startingAfter,
                                    const QString &type, const QString &sessionId, bool *hasMore)
{
    if (!startingAfter.isEmpty() && !findEvent(startingAfter, livemode))
        throw DomainError::invalid(u"No event %1 to page from."_s.arg(startingAfter), u"starting_after"_s,
                                   u"resource_missing"_s);
    return m_store.events().list(livemode, limit, startingAfter, type, sessionId, hasMore);
}

std::optional<Event> WebhookService::findEvent(const QString &id, bool livemode)
{
    auto found = m_store.events().byId(id);
    if (!found || found->livemode != livemode)
        return std::nullopt;
    return found;
}

QList<WebhookService::EventDelivery> WebhookService::deliveries(const QString &eventId)
{
    const QList<WebhookDelivery> deliveries = m_store.events().deliveriesForEvent(eventId);
    QList<qint64> ids;
    for (const WebhookDelivery &delivery : deliveries)
        ids << delivery.id;
    const QHash<qint64, QList<WebhookAttempt>> attempts = m_store.events().attemptsForDeliveries(ids);
    QList<EventDelivery> result;
    for (const WebhookDelivery &delivery : deliveries)
        result.append({delivery, attempts.value(delivery.id)});
    return result;
}
