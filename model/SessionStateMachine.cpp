#include "SessionStateMachine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

UInt256 completionThreshold(const UInt256 &due, int toleranceBasisPoints)
{
    if (toleranceBasisPoints <= 0)
        return due;
    const auto product = UInt256::checkedMul(due, UInt256{static_cast<std::uint64_t>(toleranceBasisPoints)});
    if (!product)
        return due;
    // floor(due * bp / 10000): the allowance is rounded down, so the threshold rounds up.
    const auto allowance = UInt256::divMod(*product, UInt256{10000})->first;
    return due.saturatingSub(allowance);
}

namespace {
// foreignAsset: a payment in another asset than the session's (USDT to a USDC session, ETH to a token
// session) was recorded. It never counts, and the operator must look at it, whatever the status.
SessionEvaluation finish(const CheckoutSession &session, SessionEvaluation result, bool foreignAsset = false)
{
    if (foreignAsset)
        result.needsAttention = true;
    result.statusChanged = result.status != session.status;
    result.changed = result.statusChanged || result.amountReceived != session.amountReceived ||
                     result.paidAtMs != session.paidAtMs || result.txHash != session.txHash ||
                     result.needsAttention != session.needsAttention;
    if (result.statusChanged)
        result.eventTypes << u"session."_s + statusName(result.status);
    return result;
}
} // namespace

SessionEvaluation evaluateSession(const CheckoutSession &session, QList<Payment> payments,
                                  qint64 headBlockNumber, qint64 nowMs, const SessionPolicy &policy)
{
    const auto foreign = std::remove_if(payments.begin(), payments.end(), [&](const Payment &payment) {
        return !session.asset.matches(payment.tokenContract);
    });
    const bool foreignAsset = foreign != payments.end();
    payments.erase(foreign, payments.end());
    std::sort(payments.begin(), payments.end(), [](const Payment &a, const Payment &b) {
        if (a.blockNumber != b.blockNumber)
            return a.blockNumber < b.blockNumber;
        return a.logIndex < b.logIndex;
    });

    SessionEvaluation result;
    result.status = session.status;
    result.paidAtMs = session.paidAtMs;
    result.txHash = session.txHash;
    result.needsAttention = session.needsAttention;

    UInt256 received;
    for (const auto &payment : payments)
        received = received.saturatingAdd(payment.amount);
    result.amountReceived = received;

    const UInt256 &due = session.amountDue;
    const bool wasSettled =
        session.status == SessionStatus::Paid || session.status == SessionStatus::PaidLate;

    // Settled and failed sessions never change status again; money that still arrives, or that a reorg
    // took away, is for the operator to look at.
    if (wasSettled || session.status == SessionStatus::Failed) {
        if (wasSettled && received != session.amountReceived)
            result.needsAttention = true;
        if (session.status == SessionStatus::Failed && !received.isZero())
            result.needsAttention = true;
        return finish(session, result, foreignAsset);
    }

    const UInt256 threshold = completionThreshold(due, policy.underpaymentToleranceBasisPoints);
    const qint64 graceEndMs = session.expiresAtMs + policy.graceMs;

    // The payment whose arrival brought the total to the threshold decides lateness, by its block time.
    qsizetype completingIndex = -1;
    UInt256 running;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        running = running.saturatingAdd(payments[i].amount);
        if (running >= threshold) {
            completingIndex = i;
            break;
        }
    }
    const Payment *completing = completingIndex >= 0 ? &payments[completingIndex] : nullptr;
    // Settlement follows the money that counts: the payments up to the completing one. What arrives in
    // later blocks never holds it back (1 wei sent in every block would otherwise keep a paid session
    // waiting for ever); it is recorded and shown to the operator instead.
    const bool countedConfirmed =
        completing &&
        std::all_of(payments.cbegin(), payments.cbegin() + completingIndex + 1, [&](const Payment &payment) {
            return payment.confirmations(headBlockNumber) >= policy.requiredConfirmations &&
                   (!policy.requireCrossCheck || payment.crossChecked);
        });
    // A confirmation node that tells another story about a payment: never settle on it (it is not
    // crossChecked), and have the operator look.
    const bool disputed = std::any_of(payments.cbegin(), payments.cend(), [](const Payment &payment) {
        return !payment.crossCheckError.isEmpty();
    });
    if (disputed)
        result.needsAttention = true;
    const bool laterPayments =
        completing &&
        std::any_of(payments.cbegin() + completingIndex + 1, payments.cend(),
                    [&](const Payment &payment) { return payment.blockNumber > completing->blockNumber; });
    if (!payments.isEmpty())
        result.txHash = completing ? completing->txHash : payments.first().txHash;
    else
        result.txHash = QString();

    if (completing) {
        const bool onTime = completing->blockTimestampMs <= session.expiresAtMs;
        const bool withinGrace = completing->blockTimestampMs <= graceEndMs;
        if (countedConfirmed && (onTime || withinGrace) && laterPayments)
            result.needsAttention = true;
        if (onTime) {
            if (countedConfirmed) {
                result.status = SessionStatus::Paid;
                result.paidAtMs = nowMs;
            } else {
                result.status = received > due ? SessionStatus::Overpaid : SessionStatus::Detected;
            }
        } else if (withinGrace) {
            if (countedConfirmed) {
                result.status = SessionStatus::PaidLate;
                result.paidAtMs = nowMs;
            } else {
                // Late but still in the grace window: the session is expired until the payment confirms.
                result.status = nowMs >= session.expiresAtMs
                                    ? SessionStatus::Expired
                                    : (received > due ? SessionStatus::Overpaid : SessionStatus::Detected);
            }
        } else {
            result.status = SessionStatus::Expired;
            result.needsAttention = true;
        }
        return finish(session, result, foreignAsset);
    }

    // Not (or no longer) complete: either nothing, or less than due.
    if (nowMs >= session.expiresAtMs) {
        result.status = SessionStatus::Expired;
        // Money that can no longer complete the session must be refunded by hand.
        result.needsAttention = !received.isZero() && nowMs > graceEndMs;
    } else {
        result.status = received.isZero() ? SessionStatus::Pending : SessionStatus::Underpaid;
        result.needsAttention = disputed;
    }
    return finish(session, result, foreignAsset);
}

std::optional<SessionEvaluation> failSession(const CheckoutSession &session)
{
    if (isTerminal(session.status))
        return std::nullopt;
    SessionEvaluation result;
    result.status = SessionStatus::Failed;
    result.amountReceived = session.amountReceived;
    result.paidAtMs = session.paidAtMs;
    result.txHash = session.txHash;
    result.needsAttention = !session.amountReceived.isZero();
    return finish(session, result);
}

std::optional<SessionEvaluation> expireSessionNow(const CheckoutSession &session)
{
    if (session.status != SessionStatus::Pending && session.status != SessionStatus::Underpaid)
        return std::nullopt;
    SessionEvaluation result;
    result.status = SessionStatus::Expired;
    result.amountReceived = session.amountReceived;
    result.paidAtMs = session.paidAtMs;
    result.txHash = session.txHash;
    result.needsAttention = !session.amountReceived.isZero();
    return finish(session, result);
}
