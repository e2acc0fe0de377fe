#include "SessionList.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

SessionListRow sessionListRow(const CheckoutSession &session)
{
    SessionListRow row;
    row.id = session.id;
    row.status = session.status;
    row.livemode = session.livemode;
    row.createdAtMs = session.createdAtMs;
    row.expiresAtMs = session.expiresAtMs;
    row.fiat = session.fiat;
    row.amountDue = session.amountDue;
    if (session.asset.isToken()) {
        row.tokenSymbol = session.asset.symbol;
        row.decimals = session.asset.decimals;
    }
    row.address = session.address;
    row.customerEmail = session.customerEmail;
    row.needsAttention = session.needsAttention;
    return row;
}

bool sessionMatches(const SessionListQuery &query, const CheckoutSession &session)
{
    if (session.livemode != query.livemode || (query.status && *query.status != session.status) ||
        (query.needsAttentionOnly && !session.needsAttention))
        return false;
    if ((query.createdGteMs && session.createdAtMs < *query.createdGteMs) ||
        (query.createdLteMs && session.createdAtMs > *query.createdLteMs))
        return false;
    if (query.search.isEmpty())
        return true;
    const QString metadata =
        session.hasMetadata
            ? QString::fromUtf8(QJsonDocument(session.metadata).toJson(QJsonDocument::Compact))
            : QString();
    for (const QString &text : {session.id, session.address, session.customerEmail, metadata})
        if (text.contains(query.search, Qt::CaseInsensitive))
            return true;
    return false;
}
