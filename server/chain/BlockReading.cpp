#include "BlockReading.h"

#include "Erc20Transfer.h"
#include "EthQuantity.h"
#include "JsonRpcClient.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcWatcher)

bool isBlockHash(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 66 && text.startsWith(u"0x"_s);
}

std::optional<ScannedBlock> parseBlock(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = u"the node returned no block where one was expected"_s;
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ScannedBlock block;
    const auto number = parseQuantity(object.value(u"number"_s));
    const auto timestamp = parseQuantity(object.value(u"timestamp"_s));
    if (!number || !timestamp || !isBlockHash(object.value(u"hash"_s)) ||
        !isBlockHash(object.value(u"parentHash"_s))) {
        *error =
            u"the node returned a block with a missing or malformed number, hash, parent hash or timestamp"_s;
        return std::nullopt;
    }
    block.number = *number;
    block.timestampMs = *timestamp * 1000;
    block.hash = object.value(u"hash"_s).toString().toLower();
    block.parentHash = object.value(u"parentHash"_s).toString().toLower();
    block.transactions = object.value(u"transactions"_s).toArray();
    return block;
}

TransferMatcher::TransferMatcher(const ChainConfig &chain)
    : m_chainId(chain.chainId)
    , m_chainName(chain.name)
    , m_symbol(chain.symbol)
{
    for (const TokenConfig &token : chain.tokens) {
        m_tokens.insert(token.contract.toLower(), token);
        m_tokenContracts.append(token.contract.toLower());
    }
}

void TransferMatcher::watch(const QString &sessionId, const QString &address, bool token)
{
    m_watched.insert(address.toLower(), sessionId);
    if (token)
        m_watchedTokens.insert(address.toLower(), sessionId);
}

namespace {
// The session id a lower-case address is watched for (empty for a refund address), or null.
const QString *lookup(const QHash<QString, QString> &sessions, const QHash<QString, QString> &refunds,
                      const QString &address)
{
    if (const auto found = sessions.constFind(address); found != sessions.cend())
        return &*found;
    if (const auto found = refunds.constFind(address); found != refunds.cend())
        return &*found;
    return nullptr;
}
} // namespace

void TransferMatcher::watchRefund(const QString &address, bool token)
{
    m_refunds.insert(address.toLower(), QString());
    if (token)
        m_refundsTokens.insert(address.toLower(), QString());
}

void TransferMatcher::clear()
{
    m_watched.clear();
    m_watchedTokens.clear();
    m_refunds.clear();
    m_refundsTokens.clear();
}

bool TransferMatcher::nativeTransfers(const ScannedBlock &block, qint64 seenAtMs, QList<Payment> *payments,
                                      QString *error) const
{
    for (const QJsonValue &value : block.transactions) {
        const QJsonObject tx = value.toObject();
        const QString to = tx.value(u"to"_s).toString().toLower();
        const QString *session = lookup(m_watched, m_refunds, to);
        if (!session)
            continue;
        // Coin one of the shop's own addresses sends a token session's address is gas for moving its tokens
        // (collect, a refund), not a payment in the wrong asset.
        if (m_watchedTokens.contains(to) && m_watched.contains(tx.value(u"from"_s).toString().toLower()))
            continue;
        const auto amount = JsonRpcClient::parseAmount(tx.value(u"value"_s));
        if (!amount || !isBlockHash(tx.value(u"hash"_s))) {
            *error = u"block %1 has a transaction to a watched address with a malformed value or hash"_s.arg(
                block.number);
            return false;
        }
        if (amount->isZero())
            continue;
        Payment payment;
        payment.sessionId = *session;
        payment.chainId = m_chainId;
        payment.txHash = tx.value(u"hash"_s).toString().toLower();
        payment.blockNumber = block.number;
        payment.blockHash = block.hash;
        payment.blockTimestampMs = block.timestampMs;
        payment.amount = *amount;
        payment.fromAddress = tx.value(u"from"_s).toString();
        payment.toAddress = tx.value(u"to"_s).toString();
        payment.seenAtMs = seenAtMs;
        payment.assetSymbol = m_symbol;
        payment.assetDecimals = kWeiDecimals;
        payments->append(payment);
    }
    return true;
}

bool TransferMatcher::tokenTransfers(const QList<ScannedBlock> &blocks, qint64 from, qint64 to,
                                     const QJsonValue &logs, qint64 seenAtMs, QList<Payment> *payments,
                                     QString *error) const
{
    if (!logs.isArray()) {
        *error = u"eth_getLogs answered something that is not a list of logs"_s;
        return false;
    }
    for (const QJsonValue &value : logs.toArray()) {
        const auto transfer = erc20::parseTransferLog(value);
        if (!transfer) {
            // Not a transfer we can account for (a malformed answer, or a non-ERC-20 event with the same
            // signature); said loudly, and the remaining logs still count.
            qCWarning(lcWatcher).noquote()
                << m_chainName << "(chain" << m_chainId << "): ignoring a log:" << transfer.error();
            continue;
        }
        if (transfer->removed)
            continue;
        const QString *session = lookup(m_watchedTokens, m_refundsTokens, transfer->to);
        if (!session || transfer->amount.isZero())
            continue;
        const auto token = m_tokens.constFind(transfer->contract);
        if (token == m_tokens.cend())
            continue; // the node ignored our address filter
        if (transfer->blockNumber < from || transfer->blockNumber > to) {
            *error = u"eth_getLogs for blocks %1 to %2 answered a log of block %3"_s.arg(from).arg(to).arg(
                transfer->blockNumber);
            return false;
        }
        const ScannedBlock &block = blocks[transfer->blockNumber - from];
        if (transfer->blockHash != block.hash) {
            *error = u"the Transfer log in %1 is from another block %2 (reorg in progress)"_s.arg(
                transfer->txHash, transfer->blockHash);
            return false;
        }
        Payment payment;
        payment.sessionId = *session;
        payment.chainId = m_chainId;
        payment.txHash = transfer->txHash;
        payment.logIndex = transfer->logIndex;
        payment.blockNumber = block.number;
        payment.blockHash = block.hash;
        payment.blockTimestampMs = block.timestampMs;
        payment.amount = transfer->amount;
        payment.fromAddress = transfer->from;
        payment.toAddress = transfer->to;
        payment.seenAtMs = seenAtMs;
        payment.tokenContract = transfer->contract;
        payment.assetSymbol = token->symbol;
        payment.assetDecimals = token->decimals;
        payments->append(payment);
    }
    return true;
}
