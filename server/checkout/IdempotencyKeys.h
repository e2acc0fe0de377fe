#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Clock;
class Storage;

// Idempotency-Key semantics (as Stripe's) in storage terms, scoped to the API key: the first request with a
// key claims it with the hash of what it asked; its answer is then remembered and given again to a retry of
// the same request. A different request with the same key, or one while the first is still running, is
// refused. A claim whose request died (the process was killed) is taken over after a minute.
class IdempotencyKeys
{
public:
    // How long answers are remembered: at least the promised 24 h.
    static constexpr qint64 kRetentionMs = 48LL * 60 * 60 * 1000;
    static constexpr qint64 kAbandonedClaimMs = 60'000;

    IdempotencyKeys(Storage &store, const Clock &clock);

    struct Claim
    {
        enum class Outcome {
            Claimed,  // the request is the first: run it, then complete() or release()
            Replay,   // the same request was answered: give status and response again
            Mismatch, // the key was used for another request
            InFlight, // the same request is still running
        };
        Outcome outcome = Outcome::Claimed;
        int status = 0;      // Replay
        QByteArray response; // Replay
    };
    Claim claim(const QString &apiKeyId, const QString &key, const QByteArray &requestHash);
    // The answer to remember for the claimed key (in the request's own transaction when it has one).
    void complete(const QString &apiKeyId, const QString &key, int status, const QByteArray &response);
    // The request failed in a way a retry may not: the key is free again.
    void release(const QString &apiKeyId, const QString &key);
    // Forgets answers older than kRetentionMs; how many.
    int purge();

private:
    Storage &m_store;
    const Clock &m_clock;
};
