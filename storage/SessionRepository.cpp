#include "SessionRepository.h"

#include "Database.h"
#include "EventRepository.h"
#include "Ids.h"
#include "Rows.h"
#include "SessionNotifications.h"
#include "SqlSupport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace rows;
using namespace sqlsupport;

void SessionRepository::insert(const CheckoutSession &s)
{
    SqlStatement query(
        m_db,
        u"INSERT INTO sessions (id, livemode, link_id, status, chain_id, address, address_index, "
        "amount_wei, fiat_minor, fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, "
        "rate_source, rate_fetched_at, expires_at, paid_at, tx_hash, metadata, success_url, cancel_url, "
        "return_url, customer_email, checkout_url, created_at, updated_at, amount_received_wei, "
        "needs_attention, eth_usd_source, eth_usd_fetched_at, asset, token_contract, token_decimals, "
        "native_symbol, description) "
        "VALUES (:id, :livemode, :link_id, :status, "
        ":chain_id, :address, :address_index, "
        ":amount_wei, :fiat_minor, :fiat_currency, :eth_price_usd, :rate_pair, :rate_value, "
        ":rate_decimals, :rate_source, :rate_fetched_at, :expires_at, :paid_at, :tx_hash, :metadata, "
        ":success_url, :cancel_url, :return_url, :customer_email, :checkout_url, :created_at, "
        ":updated_at, :amount_received_wei, :needs_attention, :eth_usd_source, :eth_usd_fetched_at, :asset, "
        ":token_contract, :token_decimals, :native_symbol, :description)"_s);
    query.bind(u":id"_s, s.id)
        .bind(u":livemode"_s, s.livemode)
        .bind(u":link_id"_s, nullable(s.linkId))
        .bind(u":status"_s, statusName(s.status))
        .bind(u":chain_id"_s, s.chainId)
        .bind(u":address"_s, s.address)
        .bind(u":address_index"_s, s.addressIndex)
        .bind(u":amount_wei"_s, toQString(s.amountDue))
        .bind(u":fiat_minor"_s, s.fiat.minor)
        .bind(u":fiat_currency"_s, s.fiat.currency)
        .bind(u":eth_price_usd"_s, s.nativePriceUsd)
        .bind(u":rate_pair"_s, s.rate.base + u'-' + s.rate.quote)
        .bind(u":rate_value"_s, toQString(s.rate.scaled))
        .bind(u":rate_decimals"_s, s.rate.decimals)
        .bind(u":rate_source"_s, s.rateSource)
        .bind(u":rate_fetched_at"_s, s.rateFetchedAtMs)
        .bind(u":expires_at"_s, s.expiresAtMs)
        .bind(u":paid_at"_s, nullable(s.paidAtMs))
        .bind(u":tx_hash"_s, nullable(s.txHash))
        .bind(u":metadata"_s,
              s.hasMetadata ? QVariant(jsonText(s.metadata)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":success_url"_s, nullable(s.successUrl))
        .bind(u":cancel_url"_s, nullable(s.cancelUrl))
        .bind(u":return_url"_s, nullable(s.returnUrl))
        .bind(u":customer_email"_s, nullable(s.customerEmail))
        .bind(u":checkout_url"_s, s.checkoutUrl)
        .bind(u":created_at"_s, s.createdAtMs)
        .bind(u":updated_at"_s, s.updatedAtMs)
        .bind(u":amount_received_wei"_s, toQString(s.amountReceived))
        .bind(u":needs_attention"_s, s.needsAttention)
        .bind(u":eth_usd_source"_s, nullable(s.nativePriceUsdSource))
        .bind(u":eth_usd_fetched_at"_s, s.nativePriceUsdFetchedAtMs)
        .bind(u":asset"_s, s.asset.isToken() ? s.asset.symbol : s.nativeSymbol)
        .bind(u":native_symbol"_s, s.nativeSymbol)
        .bind(u":description"_s, nullable(s.description))
        .bind(u":token_contract"_s,
              s.asset.isToken() ? QVariant(s.asset.contract) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":token_decimals"_s, s.asset.decimals)
        .run();
    notifyOthers(s.id, {u"session.created"_s});
}

void SessionRepository::notifyOthers(const QString &sessionId, const QStringList &eventTypes)
{
    if (!m_db.isPostgres())
        return;
    // Delivered when the transaction commits, to every instance listening (SessionNotifications).
    SqlStatement notify(m_db, u"SELECT pg_notify(:channel, :payload)"_s);
    notify.bind(u":channel"_s, SessionNotifications::kChannel)
        .bind(u":payload"_s, SessionNotifications::payload(sessionId, eventTypes))
        .run();
}

void SessionRepository::update(const CheckoutSession &s)
{
    SqlStatement query(m_db, u"UPDATE sessions SET status = :status, amount_received_wei = :received, "
                             "paid_at = :paid_at, tx_hash = :tx_hash, needs_attention = :attention, "
                             "expires_at = :expires_at, updated_at = :updated_at WHERE id = :id"_s);
    auto &result = query.bind(u":status"_s, statusName(s.status))
                       .bind(u":received"_s, toQString(s.amountReceived))
                       .bind(u":paid_at"_s, nullable(s.paidAtMs))
                       .bind(u":tx_hash"_s, nullable(s.txHash))
                       .bind(u":attention"_s, s.needsAttention)
                       .bind(u":expires_at"_s, s.expiresAtMs)
                       .bind(u":updated_at"_s, s.updatedAtMs)
                       .bind(u":id"_s, s.id)
                       .run();
    if (result.numRowsAffected() != 1)
        throw StorageError(u"No session %1 to update."_s.arg(s.id).toStdString());
}

std::optional<CheckoutSession> SessionRepository::byId(const QString &id)
{
    SqlStatement query(m_db, u"SELECT %1 FROM sessions WHERE id = :id"_s.arg(kSessionColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return sessionFromQuery(result);
}

std::optional<CheckoutSession> SessionRepository::lockById(const QString &id)
{
    if (!m_db.isPostgres())
        return byId(id);
    SqlStatement query(m_db, u"SELECT %1 FROM sessions WHERE id = :id FOR UPDATE"_s.arg(kSessionColumns));
    auto &result = query.bind(u":id"_s, id).run();
    if (!result.next())
        return std::nullopt;
    return sessionFromQuery(result);
}

SessionPage SessionRepository::list(const SessionQuery &q)
{
    QStringList where{u"livemode = :livemode"_s};
    if (q.status)
        where << u"status = :status"_s;
    if (!q.linkId.isEmpty())
        where << u"link_id = :link_id"_s;
    if (q.createdGteMs)
        where << u"created_at >= :created_gte"_s;
    if (q.createdLteMs)
        where << u"created_at <= :created_lte"_s;
    const bool backwards = !q.endingBefore.isEmpty();
    if (!q.startingAfter.isEmpty())
        where << u"seq < (SELECT seq FROM sessions WHERE id = :cursor)"_s;
    else if (backwards)
        where << u"seq > (SELECT seq FROM sessions WHERE id = :cursor)"_s;
    const QString sql = u"SELECT %1 FROM sessions WHERE %2 ORDER BY seq %3 LIMIT :limit"_s.arg(
        kSessionColumns, where.join(u" AND "_s), backwards ? u"ASC"_s : u"DESC"_s);
    SqlStatement query(m_db, sql);
    query.bind(u":livemode"_s, q.livemode).bind(u":limit"_s, q.limit + 1);
    if (q.status)
        query.bind(u":status"_s, statusName(*q.status));
    if (!q.linkId.isEmpty())
        query.bind(u":link_id"_s, q.linkId);
    if (q.createdGteMs)
        query.bind(u":created_gte"_s, *q.createdGteMs);
    if (q.createdLteMs)
        query.bind(u":created_lte"_s, *q.createdLteMs);
    if (!q.startingAfter.isEmpty() || backwards)
        query.bind(u":cursor"_s, backwards ? q.endingBefore : q.startingAfter);
    auto &result = query.run();
    SessionPage page;
    while (result.next())
        page.sessions.append(sessionFromQuery(result));
    page.hasMore = page.sessions.size() > q.limit;
    if (page.hasMore)
        page.sessions.removeLast();
    if (backwards)
        std::reverse(page.sessions.begin(), page.sessions.end());
    return page;
}

QList<CheckoutSession> SessionRepository::unsettled()
{
    SqlStatement query(m_db, u"SELECT %1 FROM sessions WHERE status NOT IN ('paid', 'paid_late', 'failed') "
                             "ORDER BY seq"_s.arg(kSessionColumns));
    auto &result = query.run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QList<CheckoutSession> SessionRepository::dueForExpiry(qint64 nowMs)
{
    SqlStatement query(m_db, u"SELECT %1 FROM sessions WHERE status IN ('pending', 'underpaid') AND "
                             "expires_at <= :now ORDER BY expires_at"_s.arg(kSessionColumns));
    auto &result = query.bind(u":now"_s, nowMs).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

std::optional<qint64> SessionRepository::nextExpiryMs()
{
    SqlStatement query(m_db,
                       u"SELECT MIN(expires_at) FROM sessions WHERE status IN ('pending', 'underpaid')"_s);
    auto &result = query.run();
    if (!result.next() || result.value(0).isNull())
        return std::nullopt;
    return result.value(0).toLongLong();
}

qint64 SessionRepository::count()
{
    SqlStatement query(m_db, u"SELECT COUNT(*) FROM sessions"_s);
    auto &result = query.run();
    return result.next() ? result.value(0).toLongLong() : 0;
}

void SessionRepository::saveChange(const CheckoutSession &session, const QList<Event> &events)
{
    m_db.transaction([&] {
        update(session);
        QStringList types;
        for (const Event &event : events) {
            m_events.insert(event);
            types << event.type;
        }
        notifyOthers(session.id, types);
    });
}

bool SessionRepository::insertPayment(Payment &payment)
{
    SqlStatement exists(
        m_db,
        u"SELECT id FROM payments WHERE session_id = :session AND chain_id = :chain AND "
        "tx_hash IS NOT DISTINCT FROM :tx AND log_index = :log AND (tx_hash IS NOT NULL OR block_number = :block)"_s);
    auto &found = exists.bind(u":session"_s, payment.sessionId)
                      .bind(u":chain"_s, payment.chainId)
                      .bind(u":tx"_s, nullable(payment.txHash))
                      .bind(u":log"_s, payment.logIndex)
                      .bind(u":block"_s, payment.blockNumber)
                      .run();
    if (found.next())
        return false;
    SqlStatement query(
        m_db,
        u"INSERT INTO payments (session_id, chain_id, tx_hash, log_index, block_number, block_hash, "
        "block_timestamp, amount, from_address, seen_at, token_contract, asset, asset_decimals) VALUES "
        "(:session, :chain, :tx, :log, :block, :hash, :timestamp, :amount, :from, :seen, :token, :asset, "
        ":decimals) ON CONFLICT DO NOTHING RETURNING id"_s);
    auto &result =
        query.bind(u":session"_s, payment.sessionId)
            .bind(u":chain"_s, payment.chainId)
            .bind(u":tx"_s, nullable(payment.txHash))
            .bind(u":log"_s, payment.logIndex)
            .bind(u":block"_s, payment.blockNumber)
            .bind(u":hash"_s, payment.blockHash)
            .bind(u":timestamp"_s, payment.blockTimestampMs)
            .bind(u":amount"_s, toQString(payment.amount))
            .bind(u":from"_s, nullable(payment.fromAddress))
            .bind(u":seen"_s, payment.seenAtMs)
            .bind(u":token"_s, payment.tokenContract.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                               : QVariant(payment.tokenContract.toLower()))
            .bind(u":asset"_s, nullable(payment.assetSymbol))
            .bind(u":decimals"_s, payment.assetDecimals)
            .run();
    // Nothing returned: another writer recorded the same payment a moment ago (the unique indexes).
    if (!result.next())
        return false;
    payment.id = result.value(0).toLongLong();
    return true;
}

QList<Payment> SessionRepository::payments(const QString &sessionId)
{
    SqlStatement query(m_db, u"SELECT %1 FROM payments WHERE session_id = :session ORDER BY block_number, "
                             "log_index, id"_s.arg(kPaymentColumns));
    auto &result = query.bind(u":session"_s, sessionId).run();
    return collect<Payment>(result, paymentFromQuery);
}

QList<PaymentToCrossCheck> SessionRepository::paymentsToCrossCheck(qint64 chainId, qint64 confirmedUpTo)
{
    // Payments of sessions that have not settled, deep enough to settle on, that no confirmation node has
    // either agreed to or disputed yet.
    SqlStatement query(m_db,
                       u"SELECT %1, s.address, s.token_contract, s.asset, s.token_decimals FROM payments p "
                       "JOIN sessions s ON s.id = p.session_id WHERE p.chain_id = :chain AND "
                       "p.block_number <= :upTo AND p.cross_checked = 0 AND p.cross_check_error IS NULL AND "
                       "s.status IN ('pending', 'underpaid', 'detected', 'overpaid', 'expired') ORDER BY "
                       "p.block_number, p.id LIMIT 200"_s.arg(qualifiedPaymentColumns()));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":upTo"_s, confirmedUpTo).run();
    return collect<PaymentToCrossCheck>(result, [](const QSqlQuery &row) {
        PaymentToCrossCheck item;
        item.payment = paymentFromQuery(row);
        item.address = row.value(16).toString();
        if (!row.value(17).isNull())
            item.asset =
                SessionAsset{row.value(18).toString(), row.value(17).toString(), row.value(19).toUInt()};
        return item;
    });
}

void SessionRepository::setPaymentCrossCheck(qint64 paymentId, const QString &error)
{
    SqlStatement query(
        m_db, u"UPDATE payments SET cross_checked = :agreed, cross_check_error = :error WHERE id = :id"_s);
    query.bind(u":agreed"_s, error.isEmpty())
        .bind(u":error"_s, nullable(error))
        .bind(u":id"_s, paymentId)
        .run();
}

QList<Payment> SessionRepository::disputedPayments(qint64 chainId, int limit)
{
    SqlStatement query(m_db,
                       u"SELECT %1 FROM payments WHERE chain_id = :chain AND cross_check_error IS NOT NULL "
                       "ORDER BY id DESC LIMIT :limit"_s.arg(kPaymentColumns));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":limit"_s, limit).run();
    return collect<Payment>(result, paymentFromQuery);
}

int SessionRepository::removePaymentsAbove(qint64 chainId, qint64 blockNumber)
{
    SqlStatement query(m_db, u"DELETE FROM payments WHERE chain_id = :chain AND block_number > :block"_s);
    return query.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run().numRowsAffected();
}

qint64 SessionRepository::takeNextAddressIndex(const QString &xpubFingerprint)
{
    // PostgreSQL: one round trip, an upsert (its row lock orders concurrent creates). SQLite: the transaction
    // holds the write lock, so an update and the read after it are one step; RETURNING would collect its
    // row in a temporary table, opened and closed on every create.
    if (!m_db.isPostgres()) {
        SqlStatement increment(
            m_db, u"UPDATE address_indexes SET next_index = next_index + 1 WHERE xpub_fingerprint = :fp"_s);
        if (increment.bind(u":fp"_s, xpubFingerprint).run().numRowsAffected() == 0) {
            SqlStatement first(
                m_db, u"INSERT INTO address_indexes (xpub_fingerprint, next_index) VALUES (:fp, 1)"_s);
            first.bind(u":fp"_s, xpubFingerprint).run();
            return 0;
        }
    }
    SqlStatement taken(
        m_db, m_db.isPostgres()
                  ? u"INSERT INTO address_indexes (xpub_fingerprint, next_index) VALUES (:fp, 1) "
                    "ON CONFLICT(xpub_fingerprint) DO UPDATE SET next_index = address_indexes.next_index + 1 "
                    "RETURNING next_index - 1"_s
                  : u"SELECT next_index - 1 FROM address_indexes WHERE xpub_fingerprint = :fp"_s);
    auto &result = taken.bind(u":fp"_s, xpubFingerprint).run();
    if (!result.next())
        throw StorageError("Could not allocate a deposit address index.");
    return result.value(0).toLongLong();
}

ReportedPayments SessionRepository::paymentsBetween(bool livemode, qint64 fromMs, qint64 toMs, int limit)
{
    static const QString time =
        u"CASE WHEN p.block_timestamp > 0 THEN p.block_timestamp ELSE p.seen_at END"_s;
    static const QString range =
        u"FROM payments p JOIN sessions s ON s.id = p.session_id WHERE s.livemode = :live "
        u"AND %1 >= :from AND %1 < :to"_s.arg(time);
    ReportedPayments report;
    SqlStatement payments(m_db, u"SELECT %1 %2 ORDER BY %3, p.id LIMIT :limit"_s.arg(
                                    rows::qualifiedPaymentColumns(), range, time));
    auto &paymentRows = payments.bind(u":live"_s, livemode)
                            .bind(u":from"_s, fromMs)
                            .bind(u":to"_s, toMs)
                            .bind(u":limit"_s, limit + 1)
                            .run();
    report.payments = collect<Payment>(paymentRows, rows::paymentFromQuery);
    if (report.payments.size() > limit) {
        report.truncated = true;
        report.payments.resize(limit);
    }
    SqlStatement sessions(m_db, u"SELECT %1 FROM sessions WHERE id IN (SELECT p.session_id %2)"_s.arg(
                                    rows::kSessionColumns, range));
    auto &sessionRows =
        sessions.bind(u":live"_s, livemode).bind(u":from"_s, fromMs).bind(u":to"_s, toMs).run();
    while (sessionRows.next()) {
        CheckoutSession session = rows::sessionFromQuery(sessionRows);
        report.sessions.insert(session.id, session);
    }
    return report;
}

qint64 SessionRepository::issuedAddressCount(const QString &xpubFingerprint)
{
    SqlStatement query(m_db, u"SELECT next_index FROM address_indexes WHERE xpub_fingerprint = :fp"_s);
    auto &result = query.bind(u":fp"_s, xpubFingerprint).run();
    return result.next() ? result.value(0).toLongLong() : 0;
}

QList<WatchedAddress> SessionRepository::watchedAddresses(qint64 chainId, qint64 sinceMs)
{
    SqlStatement query(
        m_db, u"SELECT id, address, token_contract IS NOT NULL FROM sessions WHERE chain_id = :chain "
              "AND status != 'failed' AND "
              "(created_at >= :since OR status NOT IN ('paid', 'paid_late', 'expired'))"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":since"_s, sinceMs).run();
    return collect<WatchedAddress>(result, [](const QSqlQuery &row) {
        return WatchedAddress{row.value(0).toString(), row.value(1).toString(), row.value(2).toBool()};
    });
}

QString SessionRepository::awaitingChainSql()
{
    return u"SELECT %1 FROM sessions WHERE chain_id = :chain AND (status IN ('detected', 'overpaid') OR "
           "(status IN ('expired', 'underpaid') AND amount_received_wei != '0'))"_s.arg(kSessionColumns);
}

QString SessionRepository::toReconcileSql(bool includeExpired)
{
    return u"SELECT %1 FROM sessions WHERE chain_id = :chain AND status IN ('pending', 'underpaid', "
           "'detected', 'overpaid'%2) AND created_at >= :since"_s.arg(
               kSessionColumns, includeExpired ? u", 'expired'"_s : u""_s);
}

QList<CheckoutSession> SessionRepository::awaitingChain(qint64 chainId)
{
    SqlStatement query(m_db, awaitingChainSql());
    auto &result = query.bind(u":chain"_s, chainId).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QList<CheckoutSession> SessionRepository::toReconcile(qint64 chainId, qint64 sinceMs, bool includeExpired)
{
    SqlStatement query(m_db, toReconcileSql(includeExpired));
    auto &result = query.bind(u":chain"_s, chainId).bind(u":since"_s, sinceMs).run();
    return collect<CheckoutSession>(result, sessionFromQuery);
}

QStringList SessionRepository::idsWithPaymentsAbove(qint64 chainId, qint64 blockNumber)
{
    SqlStatement query(m_db, u"SELECT DISTINCT session_id FROM payments WHERE chain_id = :chain AND "
                             "block_number > :block"_s);
    auto &result = query.bind(u":chain"_s, chainId).bind(u":block"_s, blockNumber).run();
    return collect<QString>(result, [](const QSqlQuery &row) { return row.value(0).toString(); });
}
