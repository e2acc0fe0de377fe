#pragma once

#include "ApiKey.h"
#include "Clock.h"
#include "Result.h"
#include "Storage.h"

#include <QHash>

#include <optional>

// Creates, lists, revokes and checks merchant API keys. A key is "ck_test_" or "ck_live_" followed by
// 32 base62 characters (~190 random bits). Only its SHA-256 is stored; the first 8 random characters
// (the hint) find the candidate rows, and the hashes are compared in constant time.
class ApiKeyService
{
public:
    ApiKeyService(Storage &store, const Clock &clock);

    using Created = CreatedApiKey;

    Created create(bool livemode, const QString &name, ApiKey::Kind kind = ApiKey::Kind::Secret);
    QList<ApiKey> list();
    // False when there is no such key or it was already revoked.
    bool revoke(const QString &id);
    // The live, unrevoked key for this text, or nothing. Never says which part was wrong.
    std::optional<ApiKey> authenticate(QByteArrayView secret);

    static constexpr int kRandomLength = 32;
    static constexpr int kHintLength = 8;

private:
    static constexpr qint64 kUseResolutionMs = 60'000;
    void noteUse(const QString &id);
    QHash<QString, qint64> m_lastNoted; // key id -> when its use was last written
    Storage &m_store;
    const Clock &m_clock;
    // Keys already looked up, by the SHA-256 of their text, for as long as the database has not changed
    // (a revocation by the `keys` command in another process changes it too, so it still takes effect at
    // once).
    QHash<QByteArray, ApiKey> m_known;
    Database::ChangeToken m_knownAsOf;
};
