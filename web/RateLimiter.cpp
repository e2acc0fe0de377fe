#include "RateLimiter.h"

#include <cmath>

RateLimiter::RateLimiter(int burst, qint64 refillIntervalMs)
    : m_burst(burst)
    , m_refillIntervalMs(refillIntervalMs)
{}

bool RateLimiter::allow(const QHostAddress &client, qint64 nowMs, int *retryAfterSeconds)
{
    const QString key = client.toString();
    auto it = m_current.find(key);
    if (it == m_current.end()) {
        if (m_current.size() >= kGenerationSize)
            m_previous = std::exchange(m_current, {});
        const auto previous = m_previous.constFind(key);
        it = m_current.insert(
            key, previous != m_previous.cend() ? *previous : Bucket{static_cast<double>(m_burst), nowMs});
    }
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
