#pragma once

#include "CollectPlan.h"
#include "ExtendedPublicKey.h"
#include "JsonRpcClient.h"
#include "Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class WalletKeys;
struct ChainConfig;

// Moves everything the wallet's deposit addresses hold on one chain to one address of the owner's: reads the
// balances from the chain, plans, and with the wallet's keys signs and sends, following each transaction to
// its receipt. Blocking (a local event loop per node call): for the command line, or a worker thread.
//
// Never holds a key itself: execute() borrows the WalletKeys for its duration.
class Collector
{
public:
    Collector(const ChainConfig &chain, const ExtendedPublicKey &xpub, quint32 issuedAddresses);
    ~Collector();
    Collector(const Collector &) = delete;
    Collector &operator=(const Collector &) = delete;

    void setReceiptWait(int timeoutMs, int pollMs)
    {
        m_receiptTimeoutMs = timeoutMs;
        m_receiptPollMs = pollMs;
    }

    // The native and token balances of every issued address, at one block, from the chain (so coins sent
    // outside any session are found too). Fails when the node is unreachable or is on another chain.
    Result<FundsSnapshot> scan();
    // Fee and gas estimates from the node, then planCollect. destination must be a valid address. With a
    // cap (wei per gas), a higher network price is refused rather than planned.
    Result<CollectPlan> plan(const FundsSnapshot &funds, const QString &destination,
                             const std::optional<UInt256> &maxPricePerGas = std::nullopt);
    // A refund paid from one deposit address: exactly `amount` of the asset (a token contract, empty for the
    // chain's coin) from `from` to `to`, with a gas top-up from the wallet's richest address when `from` has
    // too little coin for the fee. The destination checks of plan(), nothing pending at `from`, the price and
    // the transfer's gas from the node, then planPayout. Run it with execute().
    Result<CollectPlan> planPayout(const FundsSnapshot &funds, const QString &from, const QString &to,
                                   const QString &tokenContract, const UInt256 &amount);
    // Signs and sends every step; a failed step does not stop the others (only what depends on it).
    using Progress = std::function<void(const CollectOutcome &)>;
    QList<CollectOutcome> execute(const CollectPlan &plan, const FundsSnapshot &funds, const WalletKeys &keys,
                                  const Progress &progress = {});

    // Above this a node's gas price is refused as a lie or a spike (10,000 gwei).
    static UInt256 maxBelievablePricePerGas();
    // A token whose transfer the node estimates above this is left alone (a standard transfer is 30–65k).
    static constexpr quint64 kMaxTokenTransferGas = 300'000;

private:
    Result<QJsonValue> call(const QString &method, const QJsonArray &params);
    // One round trip (JsonRpcClient splits large batches): one result per request, in order.
    QList<Result<QJsonValue>> batch(const QList<JsonRpcClient::Request> &requests);
    Result<UInt256> quantity(const QString &method, const QJsonArray &params);
    Result<UInt256> pricePerGas();
    Result<quint64> estimateGas(const QString &from, const QString &to, const UInt256 &value,
                                const QByteArray &data);
    // The destination is an address that may receive (not the zero address, a deposit address or a token
    // contract) on a chain whose fees can be planned exactly (not OP Stack): its EIP-55 form.
    Result<QString> checkDestination(const FundsSnapshot &funds, const QString &destination);
    // The gas of sending the coin from `from` to `to`: 21,000 to a plain account, the node's estimate with a
    // margin to a contract.
    Result<quint64> nativeTransferGas(const QString &from, const QString &to, const UInt256 &value,
                                      const FundsAsset &native);
    void waitForReceipts(QList<CollectOutcome> &outcomes, const QList<qsizetype> &indexes,
                         const FundsSnapshot &funds);

    const ChainConfig &m_chain;
    ExtendedPublicKey m_xpub;
    quint32 m_issued = 0;
    std::unique_ptr<JsonRpcClient> m_rpc;
    int m_receiptTimeoutMs = 300'000;
    int m_receiptPollMs = 1'000;
};
