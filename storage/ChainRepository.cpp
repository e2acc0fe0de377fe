#include "ChainRepository.h"

#include "Database.h"
#include "Rows.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

std::optional<ChainCursor> ChainRepository::cursor(qint64 chainId)
{
    SqlStatement query(m_db, u"SELECT block_number, block_hash FROM chain_cursors WHERE chain_id = :chain"_s);
    auto &result = query.bind(u":chain"_s, chainId).run();
    if (!result.next())
        return std::nullopt;
    return ChainCursor{chainId, result.value(0).toLongLong(), result.value(1).toString()};
}

void ChainRepository::saveCursor(const ChainCursor &cursor)
{
    SqlStatement query(m_db,
                       u"INSERT INTO chain_cursors (chain_id, block_number, block_hash, updated_at) VALUES "
                       "(:chain, :number, :hash, :now) ON CONFLICT(chain_id) DO "
                       "UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, "
                       "updated_at = excluded.updated_at"_s);
    query.bind(u":chain"_s, cursor.chainId)
        .bind(u":number"_s, cursor.blockNumber)
        .bind(u":hash"_s, cursor.blockHash.isNull() ? u""_s : cursor.blockHash)
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch())
        .run();
}

void ChainRepository::saveBlocks(qint64 chainId, const QList<ChainBlock> &blocks, int keep)
{
    if (blocks.isEmpty())
        return;
    SqlStatement insert(
        m_db, u"INSERT INTO chain_blocks (chain_id, number, hash, timestamp) VALUES (:chain, :number, "
              ":hash, :timestamp) ON CONFLICT(chain_id, number) DO UPDATE SET hash = excluded.hash, "
              "timestamp = excluded.timestamp"_s);
    for (const ChainBlock &block : blocks) {
        insert.bind(u":chain"_s, chainId)
            .bind(u":number"_s, block.number)
            .bind(u":hash"_s, block.hash)
            .bind(u":timestamp"_s, block.timestampMs)
            .run();
    }
    SqlStatement prune(m_db, u"DELETE FROM chain_blocks WHERE chain_id = :chain AND number <= :oldest"_s);
    prune.bind(u":chain"_s, chainId).bind(u":oldest"_s, blocks.last().number - keep).run();
}

QList<ChainBlock> ChainRepository::recentBlocks(qint64 chainId, int limit)
{
    SqlStatement query(m_db,
                       u"SELECT number, hash, timestamp FROM chain_blocks WHERE chain_id = :chain ORDER BY "
                       "number DESC LIMIT :limit"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":limit"_s, limit).run();
    return collect<ChainBlock>(result, [](const QSqlQuery &row) {
        return ChainBlock{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toLongLong()};
    });
}

std::optional<ChainBlock> ChainRepository::block(qint64 chainId, qint64 number)
{
    SqlStatement query(m_db, u"SELECT number, hash, timestamp FROM chain_blocks WHERE chain_id = :chain AND "
                             "number = :number"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":number"_s, number).run();
    if (!result.next())
        return std::nullopt;
    return ChainBlock{result.value(0).toLongLong(), result.value(1).toString(), result.value(2).toLongLong()};
}

void ChainRepository::deleteBlocksAbove(qint64 chainId, qint64 number)
{
    SqlStatement query(m_db, u"DELETE FROM chain_blocks WHERE chain_id = :chain AND number > :number"_s);
    query.bind(u":chain"_s, chainId).bind(u":number"_s, number).run();
}
