#include "RateLimiter.h"

#include <cmath>

RateLimiter::RateLimiter(int burst, qint64 refillIntervalMs)
    : m_burst(burst)
    , m_refillIntervalMs(refillIntervalMs)
{}

bool RateLimiter::allow(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_buckets.size() > 10000)
        prune(nowMs);
    const QString key = client.toString();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_burst), nowMs});
    Bucket &bucket = *it;
    const double refill =
        static_cast<double>(nowMs - bucket.updatedAtMs) / static_cast<double>(m_refillIntervalMs);
    bucket.tokens = std::min(static_cast<double>(m_burst), bucket.tokens + std::max(0.0, refill));
    bucket.updatedAtMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds) {
        const double waitMs = (1.0 - bucket.tokens) * static_cast<double>(m_refillIntervalMs);
        *retryAfterSeconds = std::max(1, static_cast<int>(std::ceil(waitMs / 1000.0)));
    }
    return false;
}

void RateLimiter::prune(qint64 nowMs)
{
    // Buckets that would be full again carry no state worth keeping.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if ((nowMs - it->updatedAtMs) >= m_refillIntervalMs * m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
