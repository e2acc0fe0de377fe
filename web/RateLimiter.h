#pragma once

#include <QHash>
#include <QHostAddress>

// A token bucket per client address for the public endpoints that create sessions: every session
// consumes a deposit address, so one client must not be able to burn through them. Bounded and O(1) per
// request: buckets live in two generations of at most kGenerationSize clients; when the current one is
// full it becomes the previous one and the oldest is forgotten (a forgotten client starts with a full
// bucket, as a client unseen for long would).
class RateLimiter
{
public:
    static constexpr qsizetype kGenerationSize = 10'000;

    RateLimiter(int burst, qint64 refillIntervalMs);

    // True if the request may go ahead; otherwise *retryAfterSeconds says when the next one may.
    bool allow(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds);

    qsizetype trackedClients() const { return m_current.size() + m_previous.size(); }

private:
    struct Bucket
    {
        double tokens = 0; // not money: a request budget
        qint64 updatedAtMs = 0;
    };

    int m_burst;
    qint64 m_refillIntervalMs;
    QHash<QString, Bucket> m_current;
    QHash<QString, Bucket> m_previous;
};
