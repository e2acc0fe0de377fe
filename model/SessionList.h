#pragma once

#include "CheckoutSession.h"

#include <QString>

#include <optional>

// What the console's sessions table asks for: one mode, optional filters, a search and a sort.
struct SessionListQuery
{
    enum class SortKey { Created, Id, Status, Fiat, Crypto, Address };

    bool livemode = false;
    std::optional<SessionStatus> status;
    std::optional<qint64> createdGteMs;
    std::optional<qint64> createdLteMs;
    QString search;                  // part of the id, address, customer email or metadata (case-insensitive)
    bool needsAttentionOnly = false; // only sessions flagged for the operator (late or unexpected money)
    SortKey sortKey = SortKey::Created;
    bool ascending = false;
};

// One row of the sessions table: the columns it shows, not the whole session.
struct SessionListRow
{
    qint64 seq = 0;
    QString id;
    SessionStatus status = SessionStatus::Pending;
    bool livemode = false;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    FiatAmount fiat;
    UInt256 amountDue;
    QString tokenSymbol; // empty for a native-coin session
    unsigned decimals = 18;
    QString address;
    QString customerEmail;
    bool needsAttention = false;
};

SessionListRow sessionListRow(const CheckoutSession &session);
// Whether a session belongs in the query's result (used for live updates, without asking the database).
bool sessionMatches(const SessionListQuery &query, const CheckoutSession &session);
