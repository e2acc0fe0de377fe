#include "SessionListReader.h"

#include "SqlSupport.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sqlsupport;

namespace {
const QString kRowColumns = u"seq, id, status, livemode, created_at, expires_at, fiat_currency, fiat_minor, "
                            "amount_wei, address, customer_email, needs_attention, token_contract, asset, "
                            "token_decimals"_s;

SessionListRow rowFromQuery(const QSqlQuery &query)
{
    SessionListRow row;
    row.seq = query.value(0).toLongLong();
    row.id = query.value(1).toString();
    row.status = statusFromName(query.value(2).toString()).value_or(SessionStatus::Failed);
    row.livemode = query.value(3).toBool();
    row.createdAtMs = query.value(4).toLongLong();
    row.expiresAtMs = query.value(5).toLongLong();
    row.fiat = FiatAmount{query.value(7).toLongLong(), query.value(6).toString()};
    row.amountDue = wei(query.value(8));
    row.address = query.value(9).toString();
    row.customerEmail = nullableString(query.value(10));
    row.needsAttention = query.value(11).toBool();
    if (!query.value(12).isNull()) {
        row.tokenSymbol = query.value(13).toString();
        row.decimals = query.value(14).toUInt();
    }
    return row;
}

// The ORDER BY terms for the sort key, each followed by the direction placeholder %1. seq breaks ties
// so the order is total and pages never overlap.
// Text is ordered byte by byte on both engines (PostgreSQL's "C" collation; SQLite's default BINARY),
// whatever the server's locale.
QString orderTerms(SessionListQuery::SortKey key, const Database &db)
{
    const QString text = db.isPostgres() ? u" COLLATE \"C\" %1"_s : u" %1"_s;
    switch (key) {
    case SessionListQuery::SortKey::Created:
        return u"seq %1"_s;
    case SessionListQuery::SortKey::Id:
        return u"id"_s + text;
    case SessionListQuery::SortKey::Status:
        return u"status"_s + text + u", seq %1"_s;
    case SessionListQuery::SortKey::Fiat:
        return u"fiat_currency"_s + text + u", fiat_minor %1, seq %1"_s;
    case SessionListQuery::SortKey::Crypto: // decimal text without leading zeros: length, then digits
        return u"length(amount_wei) %1, amount_wei"_s + text + u", seq %1"_s;
    case SessionListQuery::SortKey::Address:
        return u"address"_s + text + u", seq %1"_s;
    }
    return u"seq %1"_s;
}

QString whereClause(const SessionListQuery &query, const Database &db)
{
    QStringList where{u"livemode = :livemode"_s};
    if (query.status)
        where << u"status = :status"_s;
    if (query.needsAttentionOnly)
        where << u"needs_attention = 1"_s;
    if (query.createdGteMs)
        where << u"created_at >= :created_gte"_s;
    if (query.createdLteMs)
        where << u"created_at <= :created_lte"_s;
    if (!query.search.isEmpty())
        where << u"(%1 OR %2 OR %3 OR %4)"_s.arg(
            db.containsLowercase(u"id"_s, u":search"_s), db.containsLowercase(u"address"_s, u":search"_s),
            db.containsLowercase(u"coalesce(customer_email, '')"_s, u":search"_s),
            db.containsLowercase(u"coalesce(metadata, '')"_s, u":search"_s));
    return where.join(u" AND "_s);
}

void bindFilter(SqlStatement &statement, const SessionListQuery &query)
{
    statement.bind(u":livemode"_s, query.livemode);
    if (query.status)
        statement.bind(u":status"_s, statusName(*query.status));
    if (query.createdGteMs)
        statement.bind(u":created_gte"_s, *query.createdGteMs);
    if (query.createdLteMs)
        statement.bind(u":created_lte"_s, *query.createdLteMs);
    if (!query.search.isEmpty())
        statement.bind(u":search"_s, query.search.toLower());
}
} // namespace

qint64 SessionListReader::count(const SessionListQuery &query)
{
    SqlStatement statement(m_db, u"SELECT COUNT(*) FROM sessions WHERE %1"_s.arg(whereClause(query, m_db)));
    bindFilter(statement, query);
    auto &result = statement.run();
    return result.next() ? result.value(0).toLongLong() : 0;
}

QList<SessionListRow> SessionListReader::rows(const SessionListQuery &query, qint64 offset, int limit,
                                              qint64 total)
{
    // Near the end, read from the other side: OFFSET costs a step per skipped row.
    const bool fromEnd = total > 0 && offset > total / 2;
    qint64 effectiveOffset = offset;
    int effectiveLimit = limit;
    if (fromEnd) {
        const qint64 end = std::min(total, offset + limit);
        effectiveOffset = total - end;
        effectiveLimit = static_cast<int>(end - offset);
    }
    const bool ascending = query.ascending != fromEnd;
    const QString sql = u"SELECT %1 FROM sessions WHERE %2 ORDER BY %3 LIMIT :limit OFFSET :offset"_s.arg(
        kRowColumns, whereClause(query, m_db),
        orderTerms(query.sortKey, m_db).arg(ascending ? u"ASC"_s : u"DESC"_s));
    SqlStatement statement(m_db, sql);
    bindFilter(statement, query);
    statement.bind(u":limit"_s, std::max(effectiveLimit, 0)).bind(u":offset"_s, effectiveOffset);
    auto &result = statement.run();
    QList<SessionListRow> rows = collect<SessionListRow>(result, rowFromQuery);
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return rows;
}
