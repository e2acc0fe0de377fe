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
} // namespace

const FundsAsset &assetOf(const CollectStep &step, const FundsSnapshot &funds)
{
    return step.kind == CollectStep::Kind::TokenTransfer && step.token >= 0 &&
                   step.token < funds.tokens.size()
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
            CollectStep topUp;
            topUp.kind = CollectStep::Kind::GasTopUp;
            topUp.fromIndex = funds.addresses[funder].index;
            topUp.from = funds.addresses[funder].address;
            topUp.to = address.address;
            topUp.amount = shortfall;
            topUp.gasLimit = quote.topUpGas;
            topUp.fee = topUpFee;
            topUps << topUp;
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
