#include "ApiKeyService.h"

#include "Ids.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace {
QByteArray hashSecret(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

const QString kTestPrefix = u"ck_test_"_s;
const QString kLivePrefix = u"ck_live_"_s;
} // namespace

ApiKeyService::ApiKeyService(Storage &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

ApiKeyService::Created ApiKeyService::create(bool livemode, const QString &name, ApiKey::Kind kind)
{
    const QString random = randomToken(kRandomLength);
    Created created;
    created.secret = (livemode ? kLivePrefix : kTestPrefix) + random;
    created.key.id = newObjectId(u"key");
    created.key.name = name.isEmpty() ? (livemode ? u"Live key"_s : u"Test key"_s) : name;
    created.key.livemode = livemode;
    created.key.kind = kind;
    created.key.hint = random.left(kHintLength);
    created.key.hash = hashSecret(created.secret);
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

std::optional<ApiKey> ApiKeyService::authenticate(const QString &secret)
{
    const bool live = secret.startsWith(kLivePrefix);
    if (!live && !secret.startsWith(kTestPrefix))
        return std::nullopt;
    const QString random = secret.mid(kTestPrefix.size());
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
    for (const ApiKey &candidate : m_store.apiKeys().byHint(random.left(kHintLength))) {
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
