#include "IdempotencyKeys.h"

#include "Clock.h"
#include "Storage.h"

IdempotencyKeys::IdempotencyKeys(Storage &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

IdempotencyKeys::Claim IdempotencyKeys::claim(const QString &apiKeyId, const QString &key,
                                              const QByteArray &requestHash)
{
    auto answerFor = [&](const IdempotencyRecord &record) {
        Claim claim;
        if (record.requestHash != requestHash) {
            claim.outcome = Claim::Outcome::Mismatch;
        } else if (!record.status) {
            claim.outcome = Claim::Outcome::InFlight;
        } else {
            claim.outcome = Claim::Outcome::Replay;
            claim.status = *record.status;
            claim.response = record.response;
        }
        return claim;
    };
    ApiKeyRepository &keys = m_store.apiKeys();
    if (const auto existing = keys.idempotencyRecord(apiKeyId, key))
        return answerFor(*existing);
    const qint64 now = m_clock.nowMs();
    if (keys.claimIdempotencyKey(apiKeyId, key, requestHash, now, now - kAbandonedClaimMs))
        return {};
    // Another request claimed it just now.
    if (const auto existing = keys.idempotencyRecord(apiKeyId, key))
        return answerFor(*existing);
    return Claim{Claim::Outcome::InFlight, 0, {}};
}

void IdempotencyKeys::complete(const QString &apiKeyId, const QString &key, int status,
                               const QByteArray &response)
{
    m_store.apiKeys().completeIdempotencyKey(apiKeyId, key, status, response);
}

void IdempotencyKeys::release(const QString &apiKeyId, const QString &key)
{
    m_store.apiKeys().releaseIdempotencyKey(apiKeyId, key);
}

int IdempotencyKeys::purge()
{
    return m_store.apiKeys().purgeIdempotencyKeys(m_clock.nowMs() - kRetentionMs);
}
