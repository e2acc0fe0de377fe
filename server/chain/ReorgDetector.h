#pragma once

#include "AppConfig.h"
#include "ChainRepository.h"
#include "JsonRpcClient.h"

#include <functional>

class Storage;

// Tells a reorganisation from a node that is merely behind, and finds where to roll back to. Only a block
// the node has, at a height we processed, with another hash than ours is evidence of a reorganisation; a
// null (a backend lagging behind the one that told us the head) is no evidence at all: the node is behind
// and the watcher waits, keeping every status.
class ReorgDetector
{
public:
    struct Hooks
    {
        std::function<void(const QString &error)> fail;
        std::function<void(qint64 head, const QString &why)> behind;
        // The cursor's block is still on the node's chain: scanning goes on from it.
        std::function<void(qint64 head)> unchanged;
        // The chain reorganised: roll back to this common ancestor (number -1: below every block we keep).
        std::function<void(const ChainBlock &ancestor, qint64 head)> rollBack;
    };

    // Blocks kept for comparison (the deepest reorganisation found by hash).
    static constexpr int kRecentBlocksKept = 256;

    ReorgDetector(const ChainConfig &chain, Storage &store, JsonRpcClient &rpc, Hooks hooks);

    // The node's head is at or above the cursor: is the cursor's block still the node's?
    void checkCursor(const ChainCursor &cursor, qint64 head);
    // The node answered a head below the cursor: behind, unless its block there differs from ours.
    void checkLowerHead(const ChainCursor &cursor, qint64 head);

private:
    // Compares the blocks we keep (newest first) with the node's, down to the first that agrees.
    void findAncestor(const ChainCursor &cursor, qint64 head, const QList<ChainBlock> &recorded);

    const ChainConfig &m_chain;
    Storage &m_store;
    JsonRpcClient &m_rpc;
    Hooks m_hooks;
};
