#include "Refund.h"

#include "QrCode.h"

using namespace Qt::StringLiterals;

QString refundStatusName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Succeeded:
        return u"succeeded"_s;
    case RefundStatus::Canceled:
        return u"canceled"_s;
    case RefundStatus::Pending:
        break;
    }
    return u"pending"_s;
}

std::optional<RefundStatus> refundStatusFromName(const QString &name)
{
    for (RefundStatus status : {RefundStatus::Pending, RefundStatus::Succeeded, RefundStatus::Canceled}) {
        if (refundStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

UInt256 refundedAmount(const QList<Refund> &refunds, bool countPending)
{
    UInt256 total;
    for (const Refund &refund : refunds) {
        if (refund.status == RefundStatus::Succeeded ||
            (countPending && refund.status == RefundStatus::Pending))
            total = total.saturatingAdd(refund.amount);
    }
    return total;
}

std::optional<qsizetype> refundPaidBy(const QList<Refund> &pending, const Payment &transfer)
{
    std::optional<qsizetype> best;
    // Better: the exact amount; then the largest amount the transfer covers (the closest fit); then the
    // oldest.
    auto better = [&](const Refund &a, const Refund &b) {
        const bool aExact = a.amount == transfer.amount;
        const bool bExact = b.amount == transfer.amount;
        if (aExact != bExact)
            return aExact;
        if (a.amount != b.amount)
            return a.amount > b.amount;
        return a.createdAtMs < b.createdAtMs;
    };
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Refund &refund = pending[i];
        if (refund.status != RefundStatus::Pending || refund.hasTransfer() ||
            refund.chainId != transfer.chainId)
            continue;
        if (refund.address.compare(transfer.toAddress, Qt::CaseInsensitive) != 0)
            continue;
        if (refund.tokenContract.compare(transfer.tokenContract, Qt::CaseInsensitive) != 0 ||
            transfer.amount < refund.amount)
            continue;
        // Only what was sent after the refund was recorded (with two minutes for clocks that differ).
        if (transfer.blockTimestampMs + kRefundClockSlackMs < refund.createdAtMs)
            continue;
        if (!best || better(refund, pending[*best]))
            best = i;
    }
    return best;
}

void Refund::takeTransfer(const Payment &transfer)
{
    txHash = transfer.txHash.toLower();
    logIndex = transfer.logIndex;
    blockNumber = transfer.blockNumber;
    blockHash = transfer.blockHash;
    amountSent = transfer.amount;
}

QString refundPaymentUri(const Refund &refund)
{
    const QString due = toQString(refund.amount);
    return refund.tokenContract.isEmpty()
               ? eip681NativeUri(refund.address, refund.chainId, due)
               : eip681TokenUri(refund.tokenContract, refund.chainId, refund.address, due);
}
