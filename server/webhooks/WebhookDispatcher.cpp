#include "WebhookDispatcher.h"
#include "WireJson.h"

#include "WebhookHttpClient.h"
#include "WebhookSignature.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "cryptocheckout.webhooks")

WebhookDispatcher::WebhookDispatcher(QString databaseLocation, const Clock &clock, Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_databaseLocation(std::move(databaseLocation))
    , m_clock(clock)
    , m_options(options)
{}

WebhookDispatcher::~WebhookDispatcher() = default;

qint64 WebhookDispatcher::backoffMs(int attempts, const Options &options)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 delay = options.retryBaseMs << std::min(doublings, 20);
    return std::min(delay, options.retryMaxMs);
}

void WebhookDispatcher::start()
{
    if (m_running)
        return;
    // Created here, on the dispatcher's thread, so the connection and sockets belong to it.
    m_store = std::make_unique<Storage>();
    try {
        m_store->open(m_databaseLocation);
    } catch (const StorageError &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
        return;
    }
    WebhookHttpClient::Options http;
    http.deadlineMs = m_options.timeoutMs;
    m_http = new WebhookHttpClient(http, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WebhookDispatcher::dispatchDue);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(20);
    connect(m_flushTimer, &QTimer::timeout, this, &WebhookDispatcher::flushResults);
    m_running = true;
    dispatchDue();
}

void WebhookDispatcher::stop()
{
    if (m_running)
        flushResults();
    m_running = false;
    if (m_timer)
        m_timer->stop();
    // Replies still in flight are aborted; their deliveries stay pending, their claims are given back, and
    // they are sent again (here next start, or by another instance).
    if (m_store && !m_inFlight.isEmpty()) {
        try {
            m_store->events().releaseDeliveries(QList<qint64>(m_inFlight.cbegin(), m_inFlight.cend()),
                                                m_clock.nowMs());
        } catch (const StorageError &) {
            // The leases run out by themselves.
        }
    }
    delete m_http;
    m_http = nullptr;
    m_sending = 0;
    m_inFlightPerEndpoint.clear();
    m_inFlight.clear();
    m_unwritten.clear(); // only when their write failed: those deliveries go out again, at least once
    m_store.reset();
}

void WebhookDispatcher::wake()
{
    // A burst of session changes becomes one look at the queue, not one per change.
    if (!m_running || m_wakePending)
        return;
    m_wakePending = true;
    QTimer::singleShot(0, this, [this] {
        m_wakePending = false;
        dispatchDue();
    });
}

void WebhookDispatcher::dispatchDue()
{
    if (!m_running)
        return;
    if (!refill())
        return;
    sendQueued();
    scheduleNext();
}

bool WebhookDispatcher::refill()
{
    try {
        // Deliveries in flight or waiting to be recorded (every 20 ms) are still pending in the database:
        // the query passes over them, so a busy endpoint's next turns are not used up by them.
        m_queue = m_store->events().dueDeliveries(m_clock.nowMs(), m_options.maxInFlight * 4,
                                                  m_options.maxInFlight * 4, m_inFlight);
        // What they need is read with them, in two statements rather than two per delivery.
        QStringList eventIds;
        for (const WebhookDelivery &delivery : std::as_const(m_queue))
            eventIds << delivery.eventId;
        m_events.clear();
        for (Event &event : m_store->events().byIds(eventIds))
            m_events.insert(event.id, std::move(event));
        m_endpoints.clear();
        for (WebhookEndpoint &endpoint : m_store->webhookEndpoints().list())
            m_endpoints.insert(endpoint.id, std::move(endpoint));
    } catch (const StorageError &error) {
        qCWarning(lcWebhooks) << "reading the delivery queue failed:" << error.what();
        m_queue.clear();
        m_timer->start(1000);
        return false;
    }
    m_queue.removeIf([this](const WebhookDelivery &delivery) { return m_inFlight.contains(delivery.id); });
    return true;
}

bool WebhookDispatcher::sendQueued()
{
    // The queue is in round-robin order; an endpoint with all its connections busy is passed over.
    QList<WebhookDelivery> chosen;
    QHash<QString, int> perEndpoint = m_inFlightPerEndpoint;
    for (auto it = m_queue.begin();
         it != m_queue.end() && m_sending + chosen.size() < m_options.maxInFlight;) {
        if (m_inFlight.contains(it->id)) {
            it = m_queue.erase(it);
        } else if (perEndpoint.value(it->endpointId) >= m_options.maxPerEndpoint) {
            ++it;
        } else {
            ++perEndpoint[it->endpointId];
            chosen << *it;
            it = m_queue.erase(it);
        }
    }
    if (chosen.isEmpty())
        return false;
    // Claimed before sending: another instance on the same database may have taken some of them.
    QList<qint64> ids;
    for (const WebhookDelivery &delivery : std::as_const(chosen))
        ids << delivery.id;
    QSet<qint64> claimed;
    qint64 leaseUntil = 0;
    try {
        const qint64 now = m_clock.nowMs();
        leaseUntil = now + leaseMs();
        // A durable commit (synchronous=FULL) of the same log: it also syncs whatever the server's connection
        // wrote before it, so the events read here are on the disk before they are sent, even a group the
        // server has committed but not yet synced (WalSyncer).
        claimed = m_store->events().claimDeliveries(ids, now, leaseUntil);
    } catch (const StorageError &error) {
        qCWarning(lcWebhooks) << "claiming deliveries failed:" << error.what();
        return false;
    }
    bool sent = false;
    for (WebhookDelivery &delivery : chosen) {
        if (!claimed.contains(delivery.id))
            continue;
        delivery.claimedUntilMs = leaseUntil;
        deliver(delivery);
        sent = true;
    }
    return sent;
}

void WebhookDispatcher::scheduleNext()
{
    if (!m_running)
        return;
    std::optional<qint64> next;
    try {
        next = m_store->events().nextDeliveryAtMs();
    } catch (const StorageError &) {
        next = m_clock.nowMs() + 1000;
    }
    if (!next) {
        m_timer->stop();
        return;
    }
    // In-flight deliveries are still "due": their completion triggers the next round instead.
    const qint64 wait = std::clamp<qint64>(*next - m_clock.nowMs(), m_inFlight.isEmpty() ? 0 : 250, 60'000);
    m_timer->start(static_cast<int>(wait));
}

void WebhookDispatcher::deliver(const WebhookDelivery &delivery)
{
    const auto foundEvent = m_events.constFind(delivery.eventId);
    const auto foundEndpoint = m_endpoints.constFind(delivery.endpointId);
    const Event *event = foundEvent != m_events.cend() ? &*foundEvent : nullptr;
    const WebhookEndpoint *endpoint = foundEndpoint != m_endpoints.cend() ? &*foundEndpoint : nullptr;
    WebhookAttempt attempt;
    attempt.deliveryId = delivery.id;
    attempt.attemptedAtMs = m_clock.nowMs();
    if (!event || !endpoint || !endpoint->enabled) {
        attempt.error = !event ? u"the event no longer exists"_s : u"the endpoint was deleted or disabled"_s;
        WebhookDelivery given = delivery;
        given.state = WebhookDelivery::State::Failed;
        ++given.attempts;
        given.nextAttemptAtMs.reset();
        try {
            m_store->events().recordDeliveryAttempt(given, attempt);
        } catch (const StorageError &error) {
            qCWarning(lcWebhooks) << "recording a delivery attempt failed:" << error.what();
        }
        return;
    }

    const QByteArray body = QJsonDocument(eventToJson(*event)).toJson(QJsonDocument::Compact);
    QStringList secrets{endpoint->secret};
    if (!endpoint->previousSecret.isEmpty() && endpoint->previousSecretExpiresAtMs &&
        *endpoint->previousSecretExpiresAtMs > attempt.attemptedAtMs)
        secrets << endpoint->previousSecret;
    const qint64 timestamp = attempt.attemptedAtMs / 1000;

    WebhookHttpClient::Request request;
    request.url = QUrl(endpoint->url);
    request.livemode = endpoint->livemode;
    request.body = body;
    request.headers = {
        {"Content-Type", "application/json"},
        {"User-Agent", "CryptoCheckout-Webhooks/" CRYPTOCHECKOUT_VERSION},
        {"Crypto-Checkout-Signature", webhooksignature::header(secrets, timestamp, body)},
        {"Crypto-Checkout-Event-Id", event->id.toUtf8()},
        {"Crypto-Checkout-Event-Type", event->type.toUtf8()},
    };

    m_inFlight.insert(delivery.id);
    ++m_sending;
    ++m_inFlightPerEndpoint[delivery.endpointId];
    QElapsedTimer timer;
    timer.start();
    // A redirect is not a delivery (the receiver must answer 2xx itself), and nothing past the first 4 KiB
    // of an answer is read.
    m_http->post(std::move(request),
                 [this, delivery, attempt, timer](WebhookHttpClient::Answer answer) mutable {
                     attempt.latencyMs = timer.elapsed();
                     attempt.statusCode = answer.statusCode;
                     attempt.responseExcerpt = QString::fromUtf8(answer.excerpt);
                     if (!attempt.succeeded()) {
                         if (attempt.statusCode)
                             attempt.error = u"HTTP %1 is not a 2xx answer"_s.arg(*attempt.statusCode);
                         else
                             attempt.error = answer.error;
                     }
                     finish(delivery, attempt);
                 });
}

void WebhookDispatcher::finish(WebhookDelivery delivery, WebhookAttempt attempt)
{
    // Stays in m_inFlight until its result is written (flushResults), so it is not picked up again.
    --m_sending;
    if (--m_inFlightPerEndpoint[delivery.endpointId] <= 0)
        m_inFlightPerEndpoint.remove(delivery.endpointId);
    if (!m_running) {
        m_inFlight.remove(delivery.id);
        return; // shutting down: the delivery stays pending and goes out again at the next start
    }
    const qint64 now = m_clock.nowMs();
    ++delivery.attempts;
    if (attempt.succeeded()) {
        delivery.state = WebhookDelivery::State::Delivered;
        delivery.deliveredAtMs = now;
        delivery.nextAttemptAtMs.reset();
    } else if (now - delivery.createdAtMs >= m_options.giveUpAfterMs) {
        delivery.state = WebhookDelivery::State::Failed;
        delivery.nextAttemptAtMs.reset();
        qCWarning(lcWebhooks).noquote() << "giving up on" << delivery.eventId << "to" << delivery.endpointUrl
                                        << "after" << delivery.attempts << "attempts";
    } else {
        // ±20 % jitter, so many failed deliveries to one endpoint do not retry in lockstep.
        const qint64 base = backoffMs(delivery.attempts, m_options);
        const qint64 jitter =
            static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint32>(base / 5 * 2 + 1)));
        delivery.nextAttemptAtMs = now + base - base / 5 + jitter;
    }
    m_unwritten.append({delivery, attempt});
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
    // The connection is free again: keep the endpoints busy while results wait to be written. The database
    // is asked again only when nothing fetched earlier can go out now.
    if (!sendQueued() && refill())
        sendQueued();
}

void WebhookDispatcher::flushResults()
{
    if (m_unwritten.isEmpty() || !m_store)
        return;
    const auto batch = std::exchange(m_unwritten, {});
    try {
        m_store->transaction([&] {
            for (const auto &[delivery, attempt] : batch)
                m_store->events().recordDeliveryAttempt(delivery, attempt);
        });
        m_flushFailures = 0;
        m_flushTimer->setInterval(20);
    } catch (const StorageError &error) {
        // The database cannot be written (full disk, locked): keep the results and try again later, with
        // their deliveries still marked in flight, so nothing is sent again meanwhile.
        const int delayMs = 1000 << std::min(m_flushFailures++, 6);
        qCWarning(lcWebhooks) << "recording delivery attempts failed, retrying in" << delayMs
                              << "ms:" << error.what();
        m_unwritten = batch + m_unwritten;
        m_flushTimer->start(delayMs);
        return;
    }
    for (const auto &[delivery, attempt] : batch) {
        m_inFlight.remove(delivery.id);
        Q_EMIT attemptFinished(delivery.eventId, delivery.endpointId, attempt.succeeded());
    }
    dispatchDue();
}
