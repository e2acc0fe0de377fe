#pragma once

#include "CheckoutSession.h"
#include "Payment.h"

#include <QList>
#include <QStringList>

#include <optional>

// The status rules of a checkout session as one pure function: given the session, the payments that are
// currently on the canonical chain, the chain head and the time, decide where the session stands.
// No I/O: the watcher, the expiry timer and the operator all go through here, and the caller writes the
// result and its events in one transaction.

struct SessionPolicy
{
    int requiredConfirmations = 1;
    qint64 graceMs = 24LL * 60 * 60 * 1000;
    int underpaymentToleranceBasisPoints = 0; // 100 = 1 %
    // The chain has confirmation nodes: a payment counts towards paid only once they all agreed on it.
    bool requireCrossCheck = false;
};

struct SessionEvaluation
{
    SessionStatus status = SessionStatus::Pending;
    UInt256 amountReceived;
    std::optional<qint64> paidAtMs;
    QString txHash;
    bool needsAttention = false;
    bool statusChanged = false;
    bool changed = false;   // anything the store must write (status, received, paidAt, txHash, attention)
    QStringList eventTypes; // "session.<status>" for a status change; empty otherwise
};

// The smallest amount counted as complete: due minus the tolerance, rounded in the merchant's favour.
UInt256 completionThreshold(const UInt256 &due, int toleranceBasisPoints);

SessionEvaluation evaluateSession(const CheckoutSession &session, QList<Payment> payments,
                                  qint64 headBlockNumber, qint64 nowMs, const SessionPolicy &policy);

// The operator (or an unrecoverable chain error) ends a session. Refused for terminal sessions.
std::optional<SessionEvaluation> failSession(const CheckoutSession &session);
// The merchant expires a session early through the API. Only pending and underpaid sessions can be
// expired: once money is seen the session waits for its confirmations.
std::optional<SessionEvaluation> expireSessionNow(const CheckoutSession &session);
