#include "WebhookDispatcher.h"

#include "WebhookSignature.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "cryptocheckout.webhooks")

namespace {
constexpr qint64 kExcerptBytes = 4096;
}

WebhookDispatcher::WebhookDispatcher(QString databasePath, const Clock &clock, Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
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
    m_store = std::make_unique<Store>();
    try {
        m_store->open(m_databasePath);
    } catch (const StoreError &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
        return;
    }
    m_network = new QNetworkAccessManager(this);
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
    // Replies still in flight are aborted; their deliveries stay pending and are sent again next start.
    delete m_network;
    m_network = nullptr;
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
    QList<WebhookDelivery> due;
    try {
        // An endpoint's first turns include its deliveries in flight or waiting to be recorded (every 20 ms):
        // look well past them, or a busy endpoint would wait for the next write between rounds.
        due = m_store->dueDeliveries(m_clock.nowMs(), m_options.maxInFlight * 4, m_options.maxInFlight * 4);
    } catch (const StoreError &error) {
        qCWarning(lcWebhooks) << "reading the delivery queue failed:" << error.what();
        m_timer->start(1000);
        return;
    }
    for (const WebhookDelivery &delivery : due) {
        if (m_sending >= m_options.maxInFlight)
            break;
        if (m_inFlight.contains(delivery.id) ||
            m_inFlightPerEndpoint.value(delivery.endpointId) >= m_options.maxPerEndpoint)
            continue;
        deliver(delivery);
    }
    scheduleNext();
}

void WebhookDispatcher::scheduleNext()
{
    if (!m_running)
        return;
    std::optional<qint64> next;
    try {
        next = m_store->nextDeliveryAtMs();
    } catch (const StoreError &) {
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
    const auto event = m_store->eventById(delivery.eventId);
    const auto endpoint = m_store->webhookEndpointById(delivery.endpointId);
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
            m_store->recordDeliveryAttempt(given, attempt);
        } catch (const StoreError &error) {
            qCWarning(lcWebhooks) << "recording a delivery attempt failed:" << error.what();
        }
        return;
    }

    const QByteArray body = QJsonDocument(event->toJson()).toJson(QJsonDocument::Compact);
    QStringList secrets{endpoint->secret};
    if (!endpoint->previousSecret.isEmpty() && endpoint->previousSecretExpiresAtMs &&
        *endpoint->previousSecretExpiresAtMs > attempt.attemptedAtMs)
        secrets << endpoint->previousSecret;
    const qint64 timestamp = attempt.attemptedAtMs / 1000;

    QNetworkRequest request{QUrl(endpoint->url)};
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", "CryptoCheckout-Webhooks/" CRYPTOCHECKOUT_VERSION);
    request.setRawHeader("Crypto-Checkout-Signature", webhooksignature::header(secrets, timestamp, body));
    request.setRawHeader("Crypto-Checkout-Event-Id", event->id.toUtf8());
    request.setRawHeader("Crypto-Checkout-Event-Type", event->type.toUtf8());
    request.setTransferTimeout(m_options.timeoutMs);
    // A redirect is not a delivery: the receiver must answer 2xx itself.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    m_inFlight.insert(delivery.id);
    ++m_sending;
    ++m_inFlightPerEndpoint[delivery.endpointId];
    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_network->post(request, body);
    // The transfer timeout above only catches silence; a receiver that drips a byte every few seconds is
    // stopped by this deadline, from connecting to the whole answer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("cryptocheckoutDeadline", true);
        reply->abort();
    });
    deadline->start(m_options.timeoutMs);
    // At most kExcerptBytes of the answer are kept; beyond that the connection is closed, not read on.
    connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        QByteArray excerpt = reply->property("cryptocheckoutExcerpt").toByteArray();
        excerpt += reply->read(kExcerptBytes - excerpt.size());
        reply->setProperty("cryptocheckoutExcerpt", excerpt);
        if (excerpt.size() >= kExcerptBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, attempt, timer]() mutable {
        reply->deleteLater();
        attempt.latencyMs = timer->elapsed();
        delete timer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const bool late = reply->property("cryptocheckoutDeadline").toBool();
        if (status.isValid() && !late)
            attempt.statusCode = status.toInt();
        QByteArray excerpt = reply->property("cryptocheckoutExcerpt").toByteArray();
        if (reply->isOpen())
            excerpt += reply->read(kExcerptBytes - excerpt.size());
        attempt.responseExcerpt = QString::fromUtf8(excerpt);
        if (!attempt.succeeded()) {
            if (attempt.statusCode)
                attempt.error = u"HTTP %1 is not a 2xx answer"_s.arg(*attempt.statusCode);
            else if (late || reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError)
                attempt.error =
                    u"no answer within %1 ms (connection to the whole answer)"_s.arg(m_options.timeoutMs);
            else
                attempt.error = reply->errorString();
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
    dispatchDue(); // the connection is free again: keep the endpoint busy while results wait to be written
}

void WebhookDispatcher::flushResults()
{
    if (m_unwritten.isEmpty() || !m_store)
        return;
    const auto batch = std::exchange(m_unwritten, {});
    try {
        m_store->transaction([&] {
            for (const auto &[delivery, attempt] : batch)
                m_store->recordDeliveryAttempt(delivery, attempt);
        });
        m_flushFailures = 0;
        m_flushTimer->setInterval(20);
    } catch (const StoreError &error) {
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
