#pragma once

#include "ApiKey.h"
#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A remembered answer to a POST with an Idempotency-Key. status is empty while the first request is
// still being processed.
struct IdempotencyRecord
{
    QByteArray requestHash;
    std::optional<int> status;
    QByteArray response;
    qint64 createdAtMs = 0;
};

// API keys (hashes only) and the idempotency keys scoped to them.
class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(Database &db)
        : m_db(db)
    {}

    void insert(const ApiKey &key);
    QList<ApiKey> list();
    QList<ApiKey> byHint(const QString &hint);
    void touch(const QString &id, qint64 nowMs);
    bool revoke(const QString &id, qint64 nowMs); // false when no such key or already revoked
    // Changes when the keys may have: only this connection's writes to the keys count among its own.
    Database::ChangeToken changeToken();

    std::optional<IdempotencyRecord> idempotencyRecord(const QString &apiKeyId, const QString &key);
    // Claims the key for a request in flight (replacing an abandoned claim). False if already claimed.
    bool claimIdempotencyKey(const QString &apiKeyId, const QString &key, const QByteArray &requestHash,
                             qint64 nowMs, qint64 abandonedBeforeMs);
    void completeIdempotencyKey(const QString &apiKeyId, const QString &key, int status,
                                const QByteArray &response);
    void releaseIdempotencyKey(const QString &apiKeyId, const QString &key);
    int purgeIdempotencyKeys(qint64 createdBeforeMs);

private:
    Database &m_db;
};
