#include "ApiKeyService.h"

#include "Digest.h"
#include "Ids.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace {
// SHA-256 runs on every API request.
QByteArray hashSecret(QByteArrayView secret)
{
    return keptDigest(QCryptographicHash::Sha256, {secret});
}

constexpr QByteArrayView kTestPrefix = "ck_test_";
constexpr QByteArrayView kLivePrefix = "ck_live_";
} // namespace

ApiKeyService::ApiKeyService(Storage &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

ApiKeyService::Created ApiKeyService::create(bool livemode, const QString &name, ApiKey::Kind kind)
{
    const QString random = randomToken(kRandomLength);
    Created created;
    created.secret = QString::fromLatin1(livemode ? kLivePrefix : kTestPrefix) + random;
    created.key.id = newObjectId(u"key");
    created.key.name = name.isEmpty() ? (livemode ? u"Live key"_s : u"Test key"_s) : name;
    created.key.livemode = livemode;
    created.key.kind = kind;
    created.key.hint = random.left(kHintLength);
    created.key.hash = hashSecret(created.secret.toUtf8());
    created.key.createdAtMs = m_clock.nowMs();
    m_store.apiKeys().insert(created.key);
    return created;
}

QList<ApiKey> ApiKeyService::list()
{
    return m_store.apiKeys().list();
}

bool ApiKeyService::revoke(const QString &id)
{
    return m_store.apiKeys().revoke(id, m_clock.nowMs());
}

std::optional<ApiKey> ApiKeyService::authenticate(QByteArrayView secret)
{
    static_assert(kTestPrefix.size() == kLivePrefix.size());
    const bool live = secret.startsWith(kLivePrefix);
    if (!live && !secret.startsWith(kTestPrefix))
        return std::nullopt;
    const QByteArrayView random = secret.sliced(kTestPrefix.size());
    if (random.size() != kRandomLength)
        return std::nullopt;
    const QByteArray presented = hashSecret(secret);
    const Database::ChangeToken token = m_store.apiKeys().changeToken();
    if (token != m_knownAsOf) {
        m_known.clear();
        m_knownAsOf = token;
    }
    if (const auto known = m_known.constFind(presented); known != m_known.cend()) {
        const ApiKey key = *known;
        noteUse(key.id);
        return key;
    }
    std::optional<ApiKey> match;
    for (const ApiKey &candidate : m_store.apiKeys().byHint(QString::fromLatin1(random.first(kHintLength)))) {
        if (candidate.hash.size() == presented.size() &&
            CRYPTO_memcmp(candidate.hash.constData(), presented.constData(),
                          static_cast<size_t>(presented.size())) == 0 &&
            candidate.livemode == live && !candidate.revoked()) {
            match = candidate;
        }
    }
    if (match) {
        m_known.insert(presented, *match);
        noteUse(match->id);
    }
    return match;
}

void ApiKeyService::noteUse(const QString &id)
{
    // "Last used" to the minute: one write a minute per key, not one per request.
    const qint64 now = m_clock.nowMs();
    qint64 &last = m_lastNoted[id];
    if (now - last < kUseResolutionMs)
        return;
    last = now;
    try {
        m_store.apiKeys().touch(id, now);
    } catch (const StorageError &) {
        last = 0; // a busy or full database: the request goes on, and the next one tries again
    }
}
