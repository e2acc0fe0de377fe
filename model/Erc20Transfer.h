#pragma once

#include "Result.h"
#include "UInt256.h"

#include <QJsonValue>
#include <QString>

// One ERC-20 Transfer(address indexed from, address indexed to, uint256 value) event as eth_getLogs returns
// it, checked field by field: a node (or a token contract) that answers something else is reported with a
// message, never trusted and never a crash.
struct Erc20Transfer
{
    QString contract; // the token, lower case
    QString from;     // lower case 0x + 40 hex digits
    QString to;       // lower case 0x + 40 hex digits
    UInt256 amount;   // the token's smallest unit
    QString txHash;   // lower case
    qint64 logIndex = 0;
    qint64 blockNumber = 0;
    QString blockHash;    // lower case
    bool removed = false; // the node says a reorg dropped it
};

namespace erc20 {
// keccak256("Transfer(address,address,uint256)"), 0x-prefixed lower-case hex: topics[0] of the event.
const QString &transferTopic();
Result<Erc20Transfer> parseTransferLog(const QJsonValue &log);
} // namespace erc20
