#pragma once

#include "UInt256.h"

#include <QJsonObject>
#include <QString>

// One transfer to a session's deposit address, as seen on chain.
struct Payment
{
    qint64 id = 0;
    QString sessionId;
    qint64 chainId = 0;
    QString txHash;       // null for a transfer found only by balance reconciliation (sent by a contract)
    qint64 logIndex = -1; // the ERC-20 Transfer log's index; -1 for native transfers
    qint64 blockNumber = 0;
    QString blockHash;
    qint64 blockTimestampMs = 0;
    UInt256 amount; // base units of what was paid: wei, or the token's smallest unit
    // What was paid: an ERC-20 contract (lower case) or empty for the chain's native coin. Only payments in
    // the session's own asset count towards it; anything else is recorded and flags the session.
    QString tokenContract;
    QString assetSymbol; // "USDC", "ETH"; empty for payments recorded before tokens (native)
    unsigned assetDecimals = 18;
    QString fromAddress; // may be empty for reconciled transfers
    QString toAddress;   // where it went, as the scanner read it (not stored: a session's is its address)
    qint64 seenAtMs = 0; // when the watcher recorded it
    // [chain.<id>] confirmRpcUrls: every other node returned the same receipt (or block and balance), or
    // what one of them said instead. A payment that is neither has not been cross-checked (yet).
    bool crossChecked = false;
    QString crossCheckError;

    qint64 confirmations(qint64 headBlockNumber) const
    {
        return headBlockNumber >= blockNumber ? headBlockNumber - blockNumber + 1 : 0;
    }
};
