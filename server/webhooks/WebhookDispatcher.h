#pragma once

#include "Clock.h"
#include "Storage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class WebhookHttpClient;

// Delivers queued events to webhook endpoints: signed POSTs, a 2xx within the timeout counts, anything
// else is retried with exponential backoff and jitter until three days have passed. The queue is the
// database (the next attempt time is stored), so deliveries survive restarts and a kill: at least once.
// Lives on its own thread with its own database connection, so deliveries never touch the GUI thread.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

public:
    struct Options
    {
        qint64 retryBaseMs = 30'000;              // first retry after ~30 s, then doubling
        qint64 retryMaxMs = 6LL * 60 * 60 * 1000; // at most 6 h between attempts
        qint64 giveUpAfterMs =
            3LL * 24 * 60 * 60 * 1000; // then the delivery fails and the endpoint is failing
        int timeoutMs = 10'000;
        int maxInFlight = 16;
        int maxPerEndpoint = 4;
    };

    WebhookDispatcher(QString databaseLocation, const Clock &clock, Options options,
                      QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // The delay before attempt number attempts + 1, without jitter.
    static qint64 backoffMs(int attempts, const Options &options);

public Q_SLOTS:
    // Opens the dispatcher's own database connection (on its thread) and starts delivering.
    void start();
    void stop();
    // Something was queued: look now rather than at the next timer.
    void wake();

Q_SIGNALS:
    void attemptFinished(const QString &eventId, const QString &endpointId, bool delivered);
    void failed(const QString &message);

private:
    // How long a claimed delivery is this instance's: longer than one attempt may take.
    qint64 leaseMs() const { return m_options.timeoutMs + 15'000; }
    void dispatchDue();
    bool refill();     // due deliveries from the database, round robin; false when it cannot be read
    bool sendQueued(); // sends what the queue and the connection limits allow; whether anything went
    void deliver(const WebhookDelivery &delivery);
    void finish(WebhookDelivery delivery, WebhookAttempt attempt);
    void flushResults();
    void scheduleNext();

    QString m_databaseLocation;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<Storage> m_store;
    WebhookHttpClient *m_http = nullptr;
    QTimer *m_timer = nullptr;
    // Finished attempts are written together, one transaction (one fsync) per batch instead of per delivery.
    // A kill before the write only means those events are delivered again: at least once.
    QList<QPair<WebhookDelivery, WebhookAttempt>> m_unwritten;
    QTimer *m_flushTimer = nullptr;
    QList<WebhookDelivery> m_queue;              // due, fetched in round-robin order, not yet sent
    QHash<QString, Event> m_events;              // the queue's events, read with it
    QHash<QString, WebhookEndpoint> m_endpoints; // as they were when the queue was read
    QSet<qint64> m_inFlight;                     // sent, or finished and not yet written
    int m_sending = 0;                           // HTTP requests open now
    QHash<QString, int> m_inFlightPerEndpoint;
    bool m_running = false;
    int m_flushFailures = 0; // consecutive failed writes of results: the retry backs off
    bool m_wakePending = false;
};
