#pragma once

#include <QList>
#include <QString>

#include <optional>

class Database;

struct ChainCursor
{
    qint64 chainId = 0;
    qint64 blockNumber = -1;
    QString blockHash;
};

struct ChainBlock
{
    qint64 number = 0;
    QString hash;
    qint64 timestampMs = 0;
};

// How far the chain watcher got on each chain, and the recent blocks it compares for reorgs.
class ChainRepository
{
public:
    explicit ChainRepository(Database &db)
        : m_db(db)
    {}

    std::optional<ChainCursor> cursor(qint64 chainId);
    void saveCursor(const ChainCursor &cursor);
    void saveBlocks(qint64 chainId, const QList<ChainBlock> &blocks, int keep);
    QList<ChainBlock> recentBlocks(qint64 chainId, int limit);      // newest first
    std::optional<ChainBlock> block(qint64 chainId, qint64 number); // among the recent blocks kept
    void deleteBlocksAbove(qint64 chainId, qint64 number);

private:
    Database &m_db;
};
