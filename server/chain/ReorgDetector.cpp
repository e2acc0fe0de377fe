#include "ReorgDetector.h"

#include "BlockReading.h"
#include "Storage.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ReorgDetector::ReorgDetector(const ChainConfig &chain, Storage &store, JsonRpcClient &rpc, Hooks hooks)
    : m_chain(chain)
    , m_store(store)
    , m_rpc(rpc)
    , m_hooks(std::move(hooks))
{}

void ReorgDetector::checkCursor(const ChainCursor &cursor, qint64 head)
{
    if (cursor.blockNumber < 0 || cursor.blockHash.isEmpty())
        return m_hooks.unchanged(head);
    m_rpc.call(
        u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(cursor.blockNumber), false},
        [this, cursor, head](const Result<QJsonValue> &result) {
            if (!result)
                return m_hooks.fail(result.error());
            if (result->isNull())
                return m_hooks.behind(
                    head, u"the node has no block %1, which was already processed"_s.arg(cursor.blockNumber));
            const QString hash = result->toObject().value(u"hash"_s).toString().toLower();
            if (hash == cursor.blockHash)
                return m_hooks.unchanged(head);
            QList<ChainBlock> recorded;
            try {
                recorded = m_store.chain().recentBlocks(m_chain.chainId, kRecentBlocksKept);
            } catch (const StorageError &error) {
                return m_hooks.fail(QString::fromUtf8(error.what()));
            }
            findAncestor(cursor, head, recorded);
        });
}

void ReorgDetector::checkLowerHead(const ChainCursor &cursor, qint64 head)
{
    // A lagging backend of the same chain has the same blocks, just fewer.
    const QString lower =
        u"the node is at block %1, below block %2 that was already processed"_s.arg(head).arg(
            cursor.blockNumber);
    QList<ChainBlock> recorded;
    try {
        recorded = m_store.chain().recentBlocks(m_chain.chainId, kRecentBlocksKept);
    } catch (const StorageError &error) {
        return m_hooks.fail(QString::fromUtf8(error.what()));
    }
    const auto held = std::find_if(recorded.cbegin(), recorded.cend(),
                                   [head](const ChainBlock &block) { return block.number == head; });
    if (held == recorded.cend())
        return m_hooks.behind(head, lower);
    m_rpc.call(u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(head), false},
               [this, cursor, head, lower, recorded, ours = held->hash](const Result<QJsonValue> &result) {
                   if (!result)
                       return m_hooks.fail(result.error());
                   const QString theirs = result->toObject().value(u"hash"_s).toString().toLower();
                   if (result->isNull() || theirs == ours)
                       return m_hooks.behind(head, lower);
                   findAncestor(cursor, head, recorded);
               });
}

void ReorgDetector::findAncestor(const ChainCursor &cursor, qint64 head, const QList<ChainBlock> &recorded)
{
    QList<JsonRpcClient::Request> requests;
    QList<ChainBlock> candidates;
    for (const ChainBlock &block : recorded) {
        if (block.number <= head) {
            requests.append({u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(block.number), false}});
            candidates.append(block);
        }
    }
    m_rpc.batch(requests, [this, cursor, head, candidates,
                           recorded](const QList<Result<QJsonValue>> &results) {
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i])
                return m_hooks.fail(results[i].error());
            if (results[i]->isNull())
                return m_hooks.behind(head, u"the node has no block %1, which was already processed"_s.arg(
                                                candidates[i].number));
            if (results[i]->toObject().value(u"hash"_s).toString().toLower() == candidates[i].hash)
                return m_hooks.rollBack(candidates[i], head);
        }
        // No common block in our memory (the node was replaced, or the reorg is deeper than we keep): start
        // again below everything we remember, so nothing on the node's chain is missed.
        const qint64 below = recorded.isEmpty() ? cursor.blockNumber - 1 : recorded.last().number - 1;
        const qint64 restart = std::max<qint64>(-1, std::min(below, head));
        if (restart < 0)
            return m_hooks.rollBack(ChainBlock{-1, QString(), 0}, head);
        m_rpc.call(u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(restart), false},
                   [this, head](const Result<QJsonValue> &block) {
                       if (!block)
                           return m_hooks.fail(block.error());
                       QString error;
                       const auto parsed = parseBlock(*block, &error);
                       if (!parsed)
                           return m_hooks.fail(error);
                       m_hooks.rollBack(ChainBlock{parsed->number, parsed->hash, parsed->timestampMs}, head);
                   });
    });
}
