#include "ApiKeyRepository.h"

#include "Database.h"
#include "Rows.h"
#include "SqlSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

Database::ChangeToken ApiKeyRepository::changeToken()
{
    return m_db.settingsChangeToken();
}

void ApiKeyRepository::insert(const ApiKey &key)
{
    m_db.noteSettingsWrite();
    SqlStatement query(m_db,
                       u"INSERT INTO api_keys (id, name, livemode, kind, hint, hash, created_at) VALUES "
                       "(:id, :name, :livemode, :kind, :hint, :hash, :created)"_s);
    query.bind(u":id"_s, key.id)
        .bind(u":name"_s, key.name)
        .bind(u":livemode"_s, key.livemode)
        .bind(u":kind"_s, apiKeyKindName(key.kind))
        .bind(u":hint"_s, key.hint)
        .bind(u":hash"_s, key.hash)
        .bind(u":created"_s, key.createdAtMs)
        .run();
}

QList<ApiKey> ApiKeyRepository::list()
{
    SqlStatement query(m_db, u"SELECT %1 FROM api_keys ORDER BY created_at, id"_s.arg(kApiKeyColumns));
    auto &result = query.run();
    return collect<ApiKey>(result, apiKeyFromQuery);
}

QList<ApiKey> ApiKeyRepository::byHint(const QString &hint)
{
    SqlStatement query(m_db, u"SELECT %1 FROM api_keys WHERE hint = :hint"_s.arg(kApiKeyColumns));
    auto &result = query.bind(u":hint"_s, hint).run();
    return collect<ApiKey>(result, apiKeyFromQuery);
}

void ApiKeyRepository::touch(const QString &id, qint64 nowMs)
{
    m_db.noteSettingsWrite();
    SqlStatement query(m_db, u"UPDATE api_keys SET last_used_at = :now WHERE id = :id"_s);
    query.bind(u":now"_s, nowMs).bind(u":id"_s, id).run();
}

bool ApiKeyRepository::revoke(const QString &id, qint64 nowMs)
{
    m_db.noteSettingsWrite();
    SqlStatement query(m_db,
                       u"UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"_s);
    return query.bind(u":now"_s, nowMs).bind(u":id"_s, id).run().numRowsAffected() == 1;
}

std::optional<IdempotencyRecord> ApiKeyRepository::idempotencyRecord(const QString &apiKeyId,
                                                                     const QString &key)
{
    SqlStatement query(m_db, u"SELECT request_hash, status_code, response, created_at FROM idempotency_keys "
                             "WHERE api_key_id = :api AND key = :key"_s);
    auto &result = query.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).run();
    if (!result.next())
        return std::nullopt;
    IdempotencyRecord record;
    record.requestHash = result.value(0).toByteArray();
    if (!result.value(1).isNull())
        record.status = result.value(1).toInt();
    record.response = result.value(2).toString().toUtf8();
    record.createdAtMs = result.value(3).toLongLong();
    return record;
}

bool ApiKeyRepository::claimIdempotencyKey(const QString &apiKeyId, const QString &key,
                                           const QByteArray &requestHash, qint64 nowMs,
                                           qint64 abandonedBeforeMs)
{
    bool claimed = false;
    m_db.transaction([&] {
        SqlStatement remove(m_db, u"DELETE FROM idempotency_keys WHERE api_key_id = :api AND key = :key AND "
                                  "status_code IS NULL AND created_at < :abandoned"_s);
        remove.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).bind(u":abandoned"_s, abandonedBeforeMs).run();
        SqlStatement insert(m_db, u"INSERT INTO idempotency_keys (api_key_id, key, request_hash, created_at) "
                                  "VALUES (:api, :key, :hash, :now) ON CONFLICT DO NOTHING"_s);
        claimed = insert.bind(u":api"_s, apiKeyId)
                      .bind(u":key"_s, key)
                      .bind(u":hash"_s, requestHash)
                      .bind(u":now"_s, nowMs)
                      .run()
                      .numRowsAffected() == 1;
    });
    return claimed;
}

void ApiKeyRepository::completeIdempotencyKey(const QString &apiKeyId, const QString &key, int status,
                                              const QByteArray &response)
{
    SqlStatement query(m_db, u"UPDATE idempotency_keys SET status_code = :status, response = :response WHERE "
                             "api_key_id = :api AND key = :key"_s);
    query.bind(u":status"_s, status)
        .bind(u":response"_s, QString::fromUtf8(response))
        .bind(u":api"_s, apiKeyId)
        .bind(u":key"_s, key)
        .run();
}

void ApiKeyRepository::releaseIdempotencyKey(const QString &apiKeyId, const QString &key)
{
    SqlStatement query(m_db, u"DELETE FROM idempotency_keys WHERE api_key_id = :api AND key = :key"_s);
    query.bind(u":api"_s, apiKeyId).bind(u":key"_s, key).run();
}

int ApiKeyRepository::purgeIdempotencyKeys(qint64 createdBeforeMs)
{
    SqlStatement query(m_db, u"DELETE FROM idempotency_keys WHERE created_at < :before"_s);
    return query.bind(u":before"_s, createdBeforeMs).run().numRowsAffected();
}
