#pragma once

#include "Result.h"
#include "UInt256.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the wallet's deposit addresses hold on one chain, read from the chain at one block.
struct FundsAsset
{
    QString symbol;
    QString contract; // empty for the chain's coin
    unsigned decimals = 18;
};

struct AddressFunds
{
    quint32 index = 0; // <xpub>/0/index
    QString address;   // EIP-55
    UInt256 native;
    QList<UInt256> tokens; // one per FundsSnapshot::tokens entry
    bool holdsAnything() const;
};

struct FundsSnapshot
{
    qint64 chainId = 0;
    qint64 block = 0;
    FundsAsset native;
    QList<FundsAsset> tokens;
    QList<AddressFunds> addresses; // every issued address, in index order
    UInt256 totalNative() const;
    UInt256 totalToken(qsizetype token) const;
};

// One transaction of a collect.
struct CollectStep
{
    enum class Kind {
        GasTopUp,      // native coin from the funding address, for an address that holds tokens but no gas
        TokenTransfer, // one token's whole balance to the destination
        NativeSweep,   // the address's whole native balance, less the exact fee, to the destination
        Payout,        // an exact amount of the coin or of one token to the destination (a refund)
    };
    Kind kind = Kind::NativeSweep;
    quint32 fromIndex = 0;
    QString from;
    QString to;
    qsizetype token = -1; // TokenTransfer, Payout: index into FundsSnapshot::tokens (Payout: -1 for the coin)
    UInt256 amount;       // what arrives (wei or token base units); NativeSweep: an estimate until it runs
    quint64 gasLimit = 0;
    UInt256 fee; // gasLimit × the plan's gas price: exactly what the step pays, since both fee caps are that
                 // price
};

// What a step moves: one of the snapshot's tokens, or the chain's coin.
const FundsAsset &assetOf(const CollectStep &step, const FundsSnapshot &funds);

// What to estimate before planning: the gas each transaction needs (eth_estimateGas), and the price.
struct CollectQuote
{
    // Used as both maxFeePerGas and maxPriorityFeePerGas, so that a transaction pays exactly
    // gasLimit × pricePerGas and a native sweep can send the whole balance less that, leaving nothing.
    UInt256 pricePerGas;
    quint64 nativeTransferGas = 21000; // to the destination
    quint64 topUpGas = 21000;          // to a deposit address (an account without code)
    // [address index in snapshot][token] → gas of transfer(destination, balance); 0 where no balance
    QList<QList<quint64>> tokenTransferGas;
};

struct CollectPlan
{
    QString destination;
    UInt256 pricePerGas;
    quint64 nativeTransferGas = 21000; // of a sweep to the destination
    QList<CollectStep> steps;          // in the order they run: top-ups, token transfers, native sweeps
    QStringList notes;                 // what is left behind and why (dust, no gas anywhere)
    UInt256 totalFees() const;
    bool isEmpty() const { return steps.isEmpty(); }
};

// The plan for moving everything in `funds` to `destination`. Pure: no network, no keys.
// - Every token balance is sent whole. An address whose native coin does not cover its token transfers'
//   fees first receives exactly the shortfall from the address with the most native coin (the funder);
//   when even the funder cannot cover it, those tokens stay and a note says what to send where.
// - Every native balance left after that is sent whole less its fee; one too small to pay its own fee
//   stays, as a note.
CollectPlan planCollect(const FundsSnapshot &funds, const CollectQuote &quote, const QString &destination);

// Paying `amount` of one asset (token: index into funds.tokens, -1 for the chain's coin) from the deposit
// address funds.addresses[from] to `to`, in a transaction of payoutGas: a refund paid from the session's own
// address. An address whose coin does not cover the fee first receives the shortfall from the address with
// the most coin. Fails, saying what is missing, when the address does not hold the amount (and, for the coin,
// its fee) or no address can pay the gas. Pure.
Result<CollectPlan> planPayout(const FundsSnapshot &funds, const CollectQuote &quote, qsizetype from,
                               const QString &to, qsizetype token, const UInt256 &amount, quint64 payoutGas);

// What happened to one step of a collect.
struct CollectOutcome
{
    enum class Status {
        Confirmed, // in a block, succeeded
        Failed,    // refused by the node, or reverted in a block (then the fee was paid)
        Pending,   // sent, but not in a block before the wait ended: it may still be mined
        Skipped,   // not sent, because a step it needs failed or there was nothing left to send
    };
    CollectStep step;
    Status status = Status::Skipped;
    QString transactionHash;
    qint64 block = -1;
    UInt256 feePaid; // gasUsed × effectiveGasPrice, from the receipt
    QString error;
};

QString collectStatusName(CollectOutcome::Status status);
