#pragma once

#include <QHash>
#include <QHostAddress>

// A token bucket per client address for the public endpoints that create sessions: every session
// consumes a deposit address, so one client must not be able to burn through them.
class RateLimiter
{
public:
    RateLimiter(int burst, qint64 refillIntervalMs);

    // True if the request may go ahead; otherwise *retryAfterSeconds says when the next one may.
    bool allow(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0; // not money: a request budget
        qint64 updatedAtMs = 0;
    };
    void prune(qint64 nowMs);

    int m_burst;
    qint64 m_refillIntervalMs;
    QHash<QString, Bucket> m_buckets;
};
