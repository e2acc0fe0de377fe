#pragma once

#include "PolledRateSource.h"

#include <QHash>
#include <QUrl>

class JsonRpcClient;

// One Chainlink price feed (its proxy contract) on one chain.
struct ChainlinkFeed
{
    qint64 chainId = 0;
    CurrencyPair pair; // what the feed prices: ETH-USD, POL-USD, …
    QString address;   // 0x…, the feed's proxy (EACAggregatorProxy) or an aggregator
    QUrl rpcUrl;
};

// Reads Chainlink's on-chain coin/fiat aggregators with eth_call (decimals() and latestRoundData() in one
// batch). The rate's time is the round's updatedAt, and a round older than maxPriceAgeMs is refused, as
// are non-positive answers and anything that is not the ABI's shape. Where several feeds price the same
// pair, the first configured one that answers wins.
class ChainlinkRateSource final : public PolledRateSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainlinkRateSource)

public:
    // The node's clock and ours may differ by this much before an updatedAt "in the future" is refused.
    static constexpr qint64 kMaxClockSkewMs = 5 * 60'000;

    ChainlinkRateSource(QList<ChainlinkFeed> feeds, RateSourceTiming timing, const Clock &clock,
                        QObject *parent = nullptr);
    ~ChainlinkRateSource() override;

    const QList<ChainlinkFeed> &feeds() const { return m_feeds; }

protected:
    QString unsupported(const CurrencyPair &pair) const override;
    void fetch(const QList<CurrencyPair> &pairs) override;

private:
    using ReadCallback = std::function<void(const Result<RateQuote> &)>;
    void read(const ChainlinkFeed &feed, ReadCallback callback);
    Result<RateQuote> interpret(const ChainlinkFeed &feed, const Result<QJsonValue> &decimals,
                                const Result<QJsonValue> &round) const;
    JsonRpcClient *client(const QUrl &rpcUrl);

    QList<ChainlinkFeed> m_feeds;
    QHash<QUrl, JsonRpcClient *> m_clients; // children, one per node
};
