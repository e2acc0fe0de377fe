#pragma once

#include "Money.h"
#include "Payment.h"

#include <QList>
#include <QString>

#include <optional>

// Money a merchant sends back to a customer for a session: recorded as pending, paid by the owner from a
// wallet (or from the session's own deposit address through the console), and marked succeeded once a
// transfer of at least the amount to the address has the chain's confirmations: found by the chain
// watcher, or a transaction the owner names, verified on chain.
enum class RefundStatus {
    Pending,   // recorded, waiting for a transfer (or for its confirmations)
    Succeeded, // a confirmed transfer of at least the amount reached the address
    Canceled,  // the merchant withdrew it before any transfer confirmed
};
QString refundStatusName(RefundStatus status); // "pending"
std::optional<RefundStatus> refundStatusFromName(const QString &name);

struct Refund
{
    QString id; // re_…
    QString sessionId;
    bool livemode = false;
    RefundStatus status = RefundStatus::Pending;
    qint64 chainId = 0;
    QString address;       // EIP-55: where the money goes
    QString tokenContract; // the session's token (EIP-55), empty for the chain's native coin
    UInt256 amount;        // in the session asset's base units
    FiatAmount fiat;       // what amount is worth at the session's locked rate (or what was asked)
    QString reason;        // the merchant's note, may be empty
    // The transfer that pays it: found by the watcher or attached by the owner. Set while confirming
    // (status pending) and kept once succeeded.
    QString txHash;
    qint64 logIndex = -1; // the token Transfer log; -1 for a native transfer
    qint64 blockNumber = 0;
    QString blockHash;
    UInt256 amountSent; // what that transfer carried (at least amount)
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> succeededAtMs;

    bool hasTransfer() const { return !txHash.isEmpty(); }
    // Records the transfer that pays it (not its status).
    void takeTransfer(const Payment &transfer);
};

// The EIP-681 request that pays the refund from a wallet: the chain's coin, or a token transfer.
QString refundPaymentUri(const Refund &refund);

// What the refunds of a session take out of what it received: succeeded ones (countPending false), or also
// those still pending (the limit for a new refund).
UInt256 refundedAmount(const QList<Refund> &refunds, bool countPending);

// How much earlier than a refund's creation a block may say it was mined and still pay it: clocks differ.
inline constexpr qint64 kRefundClockSlackMs = 120'000;

// The pending refund (its index in `pending`) a transfer pays: one without a transfer yet whose chain,
// address and asset are the transfer's, whose amount it covers, and that was recorded before the transfer's
// block (kRefundClockSlackMs); of those the one of exactly that amount, else the largest, else the oldest.
// nullopt when it pays none.
std::optional<qsizetype> refundPaidBy(const QList<Refund> &pending, const Payment &transfer);
