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
    UInt256 amount;      // base units: wei for ETH
    QString fromAddress; // may be empty for reconciled transfers
    qint64 seenAtMs = 0; // when the watcher recorded it

    qint64 confirmations(qint64 headBlockNumber) const
    {
        return headBlockNumber >= blockNumber ? headBlockNumber - blockNumber + 1 : 0;
    }
};

QJsonObject paymentToJson(const Payment &payment, qint64 headBlockNumber, unsigned decimals);
