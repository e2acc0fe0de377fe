#include "CollectPlan.h"

#include "Money.h"

using namespace Qt::StringLiterals;

namespace {
UInt256 times(quint64 gas, const UInt256 &price)
{
    return UInt256::checkedMul(UInt256(gas), price).value_or(UInt256::max());
}

QString amountText(const UInt256 &amount, const FundsAsset &asset)
{
    return formatUnits(amount, asset.decimals) + u' ' + asset.symbol;
}
// The funder sends `to` exactly the coin its transfers' fees lack.
CollectStep gasTopUp(const AddressFunds &funder, const AddressFunds &to, const UInt256 &shortfall,
                     const CollectQuote &quote)
{
    CollectStep topUp;
    topUp.kind = CollectStep::Kind::GasTopUp;
    topUp.fromIndex = funder.index;
    topUp.from = funder.address;
    topUp.to = to.address;
    topUp.amount = shortfall;
    topUp.gasLimit = quote.topUpGas;
    topUp.fee = times(quote.topUpGas, quote.pricePerGas);
    return topUp;
}
} // namespace

const FundsAsset &assetOf(const CollectStep &step, const FundsSnapshot &funds)
{
    return (step.kind == CollectStep::Kind::TokenTransfer || step.kind == CollectStep::Kind::Payout) &&
                   step.token >= 0 && step.token < funds.tokens.size()
               ? funds.tokens[step.token]
               : funds.native;
}

bool AddressFunds::holdsAnything() const
{
    if (!native.isZero())
        return true;
    for (const UInt256 &token : tokens) {
        if (!token.isZero())
            return true;
    }
    return false;
}

UInt256 FundsSnapshot::totalNative() const
{
    UInt256 total;
    for (const AddressFunds &address : addresses)
        total = total.saturatingAdd(address.native);
    return total;
}

UInt256 FundsSnapshot::totalToken(qsizetype token) const
{
    UInt256 total;
    for (const AddressFunds &address : addresses)
        total = total.saturatingAdd(address.tokens.value(token));
    return total;
}

UInt256 CollectPlan::totalFees() const
{
    UInt256 total;
    for (const CollectStep &step : steps)
        total = total.saturatingAdd(step.fee);
    return total;
}

CollectPlan planCollect(const FundsSnapshot &funds, const CollectQuote &quote, const QString &destination)
{
    CollectPlan plan;
    plan.destination = destination;
    plan.pricePerGas = quote.pricePerGas;
    plan.nativeTransferGas = quote.nativeTransferGas;
    const qsizetype count = funds.addresses.size();

    // Native coin each address will have, as the plan spends and moves it.
    QList<UInt256> native;
    qsizetype funder = -1;
    for (qsizetype a = 0; a < count; ++a) {
        native << funds.addresses[a].native;
        if (funder < 0 || funds.addresses[a].native > funds.addresses[funder].native)
            funder = a;
    }
    const UInt256 topUpFee = times(quote.topUpGas, quote.pricePerGas);

    QList<CollectStep> topUps;
    QList<CollectStep> transfers;
    // The funder's own tokens first, so that what their transfers need is not lent to others.
    QList<qsizetype> order;
    if (funder >= 0)
        order << funder;
    for (qsizetype a = 0; a < count; ++a) {
        if (a != funder)
            order << a;
    }
    for (const qsizetype a : order) {
        const AddressFunds &address = funds.addresses[a];
        UInt256 gasNeeded;
        QList<CollectStep> own;
        for (qsizetype t = 0; t < funds.tokens.size(); ++t) {
            if (address.tokens.value(t).isZero())
                continue;
            CollectStep step;
            step.kind = CollectStep::Kind::TokenTransfer;
            step.fromIndex = address.index;
            step.from = address.address;
            step.to = destination;
            step.token = t;
            step.amount = address.tokens[t];
            step.gasLimit = quote.tokenTransferGas.value(a).value(t);
            step.fee = times(step.gasLimit, quote.pricePerGas);
            gasNeeded = gasNeeded.saturatingAdd(step.fee);
            own << step;
        }
        if (own.isEmpty())
            continue;
        if (native[a] < gasNeeded) {
            const UInt256 shortfall = gasNeeded.saturatingSub(native[a]);
            const UInt256 funderCost = shortfall.saturatingAdd(topUpFee);
            if (funder < 0 || funder == a || native[funder] < funderCost) {
                plan.notes
                    << u"%1 holds tokens but not the %2 their transfer costs, and no address of the wallet "
                       u"has enough to cover it: send %3 there and collect again."_s.arg(
                           address.address, amountText(gasNeeded, funds.native),
                           amountText(shortfall, funds.native));
                continue;
            }
            topUps << gasTopUp(funds.addresses[funder], address, shortfall, quote);
            native[funder] = native[funder].saturatingSub(funderCost);
            native[a] = native[a].saturatingAdd(shortfall);
        }
        native[a] = native[a].saturatingSub(gasNeeded);
        transfers << own;
    }

    QList<CollectStep> sweeps;
    const UInt256 sweepFee = times(quote.nativeTransferGas, quote.pricePerGas);
    for (qsizetype a = 0; a < count; ++a) {
        if (native[a].isZero())
            continue;
        if (native[a] <= sweepFee) {
            plan.notes << u"%1 keeps %2: less than the %3 sending it would cost."_s.arg(
                funds.addresses[a].address, amountText(native[a], funds.native),
                amountText(sweepFee, funds.native));
            continue;
        }
        CollectStep sweep;
        sweep.kind = CollectStep::Kind::NativeSweep;
        sweep.fromIndex = funds.addresses[a].index;
        sweep.from = funds.addresses[a].address;
        sweep.to = destination;
        sweep.amount = native[a].saturatingSub(sweepFee);
        sweep.gasLimit = quote.nativeTransferGas;
        sweep.fee = sweepFee;
        sweeps << sweep;
    }
    plan.steps << topUps << transfers << sweeps;
    return plan;
}

Result<CollectPlan> planPayout(const FundsSnapshot &funds, const CollectQuote &quote, qsizetype from,
                               const QString &to, qsizetype token, const UInt256 &amount, quint64 payoutGas)
{
    using R = Result<CollectPlan>;
    if (from < 0 || from >= funds.addresses.size() || token >= funds.tokens.size() || amount.isZero())
        return R::failure(u"Nothing to pay: no such address, asset or amount."_s);
    const AddressFunds &address = funds.addresses[from];
    const FundsAsset &asset = token >= 0 ? funds.tokens[token] : funds.native;
    CollectPlan plan;
    plan.destination = to;
    plan.pricePerGas = quote.pricePerGas;
    plan.nativeTransferGas = quote.nativeTransferGas;
    CollectStep payout;
    payout.kind = CollectStep::Kind::Payout;
    payout.fromIndex = address.index;
    payout.from = address.address;
    payout.to = to;
    payout.token = token;
    payout.amount = amount;
    payout.gasLimit = payoutGas;
    payout.fee = times(payoutGas, quote.pricePerGas);
    if (token < 0) {
        const UInt256 needed = amount.saturatingAdd(payout.fee);
        if (address.native < needed)
            return R::failure(
                u"%1 holds %2, less than the %3 and its fee of %4: pay it from your wallet."_s.arg(
                    address.address, amountText(address.native, asset), amountText(amount, asset),
                    amountText(payout.fee, funds.native)));
        plan.steps << payout;
        return R::success(plan);
    }
    if (address.tokens.value(token) < amount)
        return R::failure(u"%1 holds %2, less than the %3 to pay: pay it from your wallet."_s.arg(
            address.address, amountText(address.tokens.value(token), asset), amountText(amount, asset)));
    if (address.native < payout.fee) {
        const UInt256 shortfall = payout.fee.saturatingSub(address.native);
        const UInt256 topUpFee = times(quote.topUpGas, quote.pricePerGas);
        qsizetype funder = -1;
        for (qsizetype a = 0; a < funds.addresses.size(); ++a) {
            if (a != from && (funder < 0 || funds.addresses[a].native > funds.addresses[funder].native))
                funder = a;
        }
        if (funder < 0 || funds.addresses[funder].native < shortfall.saturatingAdd(topUpFee))
            return R::failure(
                u"%1 holds no %2 for the transfer's fee of %3, and no address of the wallet can "
                u"spare it: send %4 there, or pay it from your wallet."_s.arg(
                    address.address, funds.native.symbol, amountText(payout.fee, funds.native),
                    amountText(shortfall, funds.native)));
        plan.steps << gasTopUp(funds.addresses[funder], address, shortfall, quote);
    }
    plan.steps << payout;
    return R::success(plan);
}

QString collectStatusName(CollectOutcome::Status status)
{
    switch (status) {
    case CollectOutcome::Status::Confirmed:
        return u"confirmed"_s;
    case CollectOutcome::Status::Failed:
        return u"failed"_s;
    case CollectOutcome::Status::Pending:
        return u"pending"_s;
    case CollectOutcome::Status::Skipped:
        return u"skipped"_s;
    }
    return {};
}
