#include "RefundRepository.h"

#include "Database.h"
#include "SqlSupport.h"

using namespace Qt::StringLiterals;
using namespace sqlsupport;

namespace {
const QString kColumns =
    u"id, session_id, livemode, status, chain_id, address, token_contract, amount, fiat_minor, "
    u"fiat_currency, "
    "reason, tx_hash, log_index, block_number, block_hash, amount_sent, created_at, updated_at, "
    "succeeded_at"_s;

Refund refundFromQuery(const QSqlQuery &row)
{
    Refund refund;
    refund.id = row.value(0).toString();
    refund.sessionId = row.value(1).toString();
    refund.livemode = row.value(2).toBool();
    refund.status = refundStatusFromName(row.value(3).toString()).value_or(RefundStatus::Pending);
    refund.chainId = row.value(4).toLongLong();
    refund.address = row.value(5).toString();
    refund.tokenContract = nullableString(row.value(6));
    refund.amount = wei(row.value(7));
    refund.fiat = FiatAmount{row.value(8).toLongLong(), row.value(9).toString()};
    refund.reason = nullableString(row.value(10));
    refund.txHash = nullableString(row.value(11));
    refund.logIndex = row.value(12).toLongLong();
    refund.blockNumber = row.value(13).toLongLong();
    refund.blockHash = nullableString(row.value(14));
    refund.amountSent = wei(row.value(15));
    refund.createdAtMs = row.value(16).toLongLong();
    refund.updatedAtMs = row.value(17).toLongLong();
    refund.succeededAtMs = optionalInt(row.value(18));
    return refund;
}
} // namespace

void RefundRepository::insert(const Refund &refund)
{
    SqlStatement query(
        m_db, u"INSERT INTO refunds (id, session_id, livemode, status, chain_id, address, token_contract, "
              "amount, fiat_minor, fiat_currency, reason, created_at, updated_at) VALUES (:id, :session, "
              ":livemode, :status, :chain, :address, :token, :amount, :minor, :currency, :reason, :created, "
              ":updated)"_s);
    query.bind(u":id"_s, refund.id)
        .bind(u":session"_s, refund.sessionId)
        .bind(u":livemode"_s, refund.livemode)
        .bind(u":status"_s, refundStatusName(refund.status))
        .bind(u":chain"_s, refund.chainId)
        .bind(u":address"_s, refund.address)
        .bind(u":token"_s, nullable(refund.tokenContract.isEmpty() ? QString() : refund.tokenContract))
        .bind(u":amount"_s, toQString(refund.amount))
        .bind(u":minor"_s, refund.fiat.minor)
        .bind(u":currency"_s, refund.fiat.currency)
        .bind(u":reason"_s, nullable(refund.reason.isEmpty() ? QString() : refund.reason))
        .bind(u":created"_s, refund.createdAtMs)
        .bind(u":updated"_s, refund.updatedAtMs)
        .run();
}

void RefundRepository::update(const Refund &refund)
{
    SqlStatement query(m_db, u"UPDATE refunds SET status = :status, tx_hash = :tx, log_index = :log, "
                             "block_number = :block, block_hash = :hash, amount_sent = :sent, updated_at = "
                             ":updated, succeeded_at = :succeeded WHERE id = :id"_s);
    const bool transfer = refund.hasTransfer();
    query.bind(u":id"_s, refund.id)
        .bind(u":status"_s, refundStatusName(refund.status))
        .bind(u":tx"_s, nullable(transfer ? refund.txHash : QString()))
        .bind(u":log"_s, transfer ? refund.logIndex : -1)
        .bind(u":block"_s, transfer ? refund.blockNumber : 0)
        .bind(u":hash"_s, nullable(transfer ? refund.blockHash : QString()))
        .bind(u":sent"_s, nullable(transfer ? toQString(refund.amountSent) : QString()))
        .bind(u":updated"_s, refund.updatedAtMs)
        .bind(u":succeeded"_s, nullable(refund.succeededAtMs))
        .run();
}

std::optional<Refund> RefundRepository::byId(const QString &id)
{
    SqlStatement query(m_db, u"SELECT %1 FROM refunds WHERE id = :id"_s.arg(kColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return refundFromQuery(result);
}

QList<Refund> RefundRepository::forSession(const QString &sessionId)
{
    SqlStatement query(m_db,
                       u"SELECT %1 FROM refunds WHERE session_id = :session ORDER BY seq"_s.arg(kColumns));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<Refund>(result, refundFromQuery);
}

QHash<QString, QList<Refund>> RefundRepository::forSessions(const QStringList &sessionIds)
{
    QHash<QString, QList<Refund>> refunds;
    if (sessionIds.isEmpty())
        return refunds;
    QStringList placeholders;
    for (qsizetype i = 0; i < sessionIds.size(); ++i)
        placeholders << u":s%1"_s.arg(i);
    SqlStatement query(m_db, u"SELECT %1 FROM refunds WHERE session_id IN (%2) ORDER BY seq"_s.arg(
                                 kColumns, placeholders.join(u", "_s)));
    for (qsizetype i = 0; i < sessionIds.size(); ++i)
        query.bind(placeholders[i], sessionIds[i]);
    auto &result = query.run();
    while (result.next()) {
        Refund refund = refundFromQuery(result);
        refunds[refund.sessionId].append(std::move(refund));
    }
    return refunds;
}

QList<Refund> RefundRepository::pending(qint64 chainId)
{
    SqlStatement query(
        m_db, u"SELECT %1 FROM refunds WHERE chain_id = :chain AND status = 'pending' ORDER BY seq"_s.arg(
                  kColumns));
    auto &result = query.bind(u":chain"_s, chainId).run();
    return collect<Refund>(result, refundFromQuery);
}

bool RefundRepository::transferUsed(qint64 chainId, const QString &txHash, qint64 logIndex)
{
    SqlStatement query(m_db, u"SELECT 1 FROM refunds WHERE chain_id = :chain AND tx_hash = :tx AND "
                             "log_index = :log"_s);
    return query.bind(u":chain"_s, chainId)
        .bind(u":tx"_s, txHash.toLower())
        .bind(u":log"_s, logIndex)
        .run()
        .next();
}

bool RefundRepository::isDepositAddress(const QString &address)
{
    // The same xpub gives the same addresses on every EVM chain: any session's address is the shop's.
    SqlStatement query(m_db, u"SELECT 1 FROM sessions WHERE livemode IN (0, 1) AND address = :address"_s);
    return query.bind(u":address"_s, address).run().next();
}

QStringList RefundRepository::forgetTransfersAbove(qint64 chainId, qint64 blockNumber)
{
    QStringList sessions;
    {
        SqlStatement query(m_db,
                           u"SELECT DISTINCT session_id FROM refunds WHERE chain_id = :chain AND status "
                           "= 'pending' AND tx_hash IS NOT NULL AND block_number > :block"_s);
        auto &result = query.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run();
        while (result.next())
            sessions << result.value(0).toString();
    }
    if (sessions.isEmpty())
        return sessions;
    SqlStatement clear(m_db, u"UPDATE refunds SET tx_hash = NULL, log_index = -1, block_number = 0, "
                             "block_hash = NULL, amount_sent = NULL WHERE chain_id = :chain AND status = "
                             "'pending' AND tx_hash IS NOT NULL AND block_number > :block"_s);
    clear.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run();
    return sessions;
}
