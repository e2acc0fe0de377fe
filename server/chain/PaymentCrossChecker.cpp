#include "PaymentCrossChecker.h"

#include "Erc20Transfer.h"
#include "JsonRpcClient.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// The requests that describe one payment, in the order judge() reads them.
QList<JsonRpcClient::Request> requestsFor(const PaymentToCrossCheck &item)
{
    const Payment &payment = item.payment;
    if (!payment.txHash.isEmpty()) {
        return {{u"eth_getTransactionReceipt"_s, {payment.txHash}},
                {u"eth_getTransactionByHash"_s, {payment.txHash}}};
    }
    // Found by its balance: the block, and the balance just before and in it.
    return {{u"eth_getBlockByNumber"_s, {JsonRpcClient::quantity(payment.blockNumber), false}},
            JsonRpcClient::balanceRequest(item.address, item.asset.contract, payment.blockNumber - 1),
            JsonRpcClient::balanceRequest(item.address, item.asset.contract, payment.blockNumber)};
}
} // namespace

PaymentCrossChecker::PaymentCrossChecker(QList<QUrl> nodes, int confirmations, QObject *parent)
    : QObject(parent)
    , m_confirmations(std::max(1, confirmations))
{
    for (const QUrl &url : nodes) {
        Node node;
        node.url = url;
        node.client = new JsonRpcClient(url, this);
        node.client->setMaxAttempts(1); // the next step asks again
        m_nodes << node;
    }
}

PaymentCrossChecker::~PaymentCrossChecker() = default;

void PaymentCrossChecker::check(const QList<PaymentToCrossCheck> &payments, Done done)
{
    if (payments.isEmpty() || m_nodes.isEmpty())
        return done({});
    struct Gather
    {
        QList<QList<Answer>> answers; // [node][payment]; a node that failed as a whole has none
        qsizetype outstanding = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->answers.resize(m_nodes.size());
    gather->outstanding = m_nodes.size();
    QList<JsonRpcClient::Request> requests{{u"eth_blockNumber"_s, {}}};
    QList<qsizetype> firsts;
    for (const PaymentToCrossCheck &item : payments) {
        firsts << requests.size();
        requests += requestsFor(item);
    }
    auto finish = [this, gather, payments, done] {
        QList<Verdict> verdicts;
        for (qsizetype p = 0; p < payments.size(); ++p) {
            Verdict verdict{payments[p].payment.id, true, {}};
            for (qsizetype n = 0; n < m_nodes.size(); ++n) {
                const Answer answer = gather->answers[n].value(p);
                if (!answer.disagreement.isEmpty()) {
                    verdict.agreed = false;
                    verdict.disagreement = u"%1 disagrees: %2"_s.arg(
                        m_nodes[n].url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                       QUrl::RemoveQuery),
                        answer.disagreement);
                    break;
                }
                verdict.agreed = verdict.agreed && answer.agreed;
            }
            verdicts << verdict;
        }
        done(verdicts);
    };
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        m_nodes[n].client->batch(
            requests, [this, n, gather, payments, firsts, finish](const QList<Result<QJsonValue>> &results) {
                const auto head = results.value(0) ? parseQuantity(*results.value(0)) : std::nullopt;
                if (!head) {
                    m_nodes[n].lastError = results.value(0) ? u"eth_blockNumber answered no quantity"_s
                                                            : results.value(0).error();
                } else {
                    m_nodes[n].lastError.clear();
                    for (qsizetype p = 0; p < payments.size(); ++p)
                        gather->answers[n] << judge(payments[p], *head, results, firsts[p]);
                }
                if (--gather->outstanding == 0)
                    finish();
            });
    }
}

PaymentCrossChecker::Answer PaymentCrossChecker::judge(const PaymentToCrossCheck &item, qint64 nodeHead,
                                                       const QList<Result<QJsonValue>> &results,
                                                       qsizetype first) const
{
    const Payment &payment = item.payment;
    // Below the depth the payment settles at, a node may simply not have it yet: no verdict.
    if (nodeHead < payment.blockNumber + m_confirmations - 1)
        return {};
    for (qsizetype i = first; i < first + requestsFor(item).size(); ++i) {
        if (!results.value(i))
            return {}; // an error answer: ask again later
    }
    auto disagree = [](const QString &why) { return Answer{false, why}; };
    if (payment.txHash.isEmpty()) {
        const QJsonObject block = results[first]->toObject();
        if (block.isEmpty())
            return disagree(u"it has no block %1"_s.arg(payment.blockNumber));
        if (block.value(u"hash"_s).toString().toLower() != payment.blockHash)
            return disagree(u"its block %1 is %2, not %3"_s.arg(payment.blockNumber)
                                .arg(block.value(u"hash"_s).toString(), payment.blockHash));
        const auto before = JsonRpcClient::parseBalance(*results[first + 1], item.asset.isToken());
        const auto after = JsonRpcClient::parseBalance(*results[first + 2], item.asset.isToken());
        if (!before || !after)
            return {};
        const UInt256 rise = after->saturatingSub(*before);
        if (*after < *before || rise < payment.amount)
            return disagree(
                u"the balance of %1 rose by %2 in block %3, not by %4"_s.arg(item.address, toQString(rise))
                    .arg(payment.blockNumber)
                    .arg(toQString(payment.amount)));
        return {true, {}};
    }
    const QJsonObject receipt = results[first]->toObject();
    const QJsonObject transaction = results[first + 1]->toObject();
    if (receipt.isEmpty() || transaction.isEmpty())
        return disagree(
            u"it has no transaction %1, though it is at block %2"_s.arg(payment.txHash).arg(nodeHead));
    if (parseQuantity(receipt.value(u"status"_s)) != 1)
        return disagree(u"transaction %1 failed (receipt status %2)"_s.arg(
            payment.txHash, receipt.value(u"status"_s).toString()));
    if (receipt.value(u"blockHash"_s).toString().toLower() != payment.blockHash)
        return disagree(u"transaction %1 is in block %2, not %3"_s.arg(
            payment.txHash, receipt.value(u"blockHash"_s).toString(), payment.blockHash));
    if (!item.asset.matches(payment.tokenContract))
        return {true, {}}; // another asset than the session's: recorded, never counted, nothing to vouch
    if (payment.tokenContract.isEmpty()) {
        if (transaction.value(u"to"_s).toString().compare(item.address, Qt::CaseInsensitive) != 0)
            return disagree(u"transaction %1 goes to %2, not %3"_s.arg(
                payment.txHash, transaction.value(u"to"_s).toString(), item.address));
        const auto value = JsonRpcClient::parseAmount(transaction.value(u"value"_s));
        if (!value || *value != payment.amount)
            return disagree(u"transaction %1 moves %2, not %3"_s.arg(
                payment.txHash, value ? toQString(*value) : transaction.value(u"value"_s).toString(),
                toQString(payment.amount)));
        return {true, {}};
    }
    for (const QJsonValue &log : receipt.value(u"logs"_s).toArray()) {
        const auto transfer = erc20::parseTransferLog(log);
        if (!transfer || transfer->logIndex != payment.logIndex)
            continue;
        if (transfer->contract != payment.tokenContract.toLower() || transfer->to != item.address.toLower() ||
            transfer->amount != payment.amount)
            return disagree(
                u"log %1 of %2 is a transfer of %3 to %4 by %5"_s.arg(payment.logIndex)
                    .arg(payment.txHash, toQString(transfer->amount), transfer->to, transfer->contract));
        return {true, {}};
    }
    return disagree(
        u"transaction %1 has no token transfer at log %2"_s.arg(payment.txHash).arg(payment.logIndex));
}

QJsonArray PaymentCrossChecker::status() const
{
    QJsonArray nodes;
    for (const Node &node : m_nodes) {
        nodes.append(QJsonObject{
            {u"url"_s, node.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)},
            {u"lastError"_s,
             node.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node.lastError)}});
    }
    return nodes;
}
