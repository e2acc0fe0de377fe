#include "RateSourceFactory.h"

#include "ChainlinkRateSource.h"
#include "ExchangeRateSource.h"

using namespace Qt::StringLiterals;

std::vector<std::unique_ptr<RateSource>> makeRateSources(const AppConfig &config, const Clock &clock)
{
    RateSourceTiming timing;
    timing.timeoutMs = config.priceTimeoutSeconds * 1000;
    timing.refreshMs = config.priceRefreshSeconds * 1000;
    timing.maxAgeMs = static_cast<qint64>(config.priceMaxAgeSeconds) * 1000;

    std::vector<std::unique_ptr<RateSource>> sources;
    auto exchange = [&](PriceProvider provider, const QUrl &url, const QString &apiKey = {}) {
        auto source = std::make_unique<ExchangeRateSource>(provider, url, config.pricePairs(), timing, clock,
                                                           apiKey, config.coingeckoIds);
        source->start();
        sources.push_back(std::move(source));
    };
    for (const QString &name : config.priceSources) {
        if (name == u"fixed") {
            sources.push_back(std::make_unique<FixedRateSource>(
                config.fixedRates, clock,
                config.fixedRatesByOperator ? FixedRateSource::Origin::Operator
                                            : FixedRateSource::Origin::BuiltInTestRates));
        } else if (name == u"coinbase") {
            exchange(PriceProvider::Coinbase, config.coinbaseUrl);
        } else if (name == u"kraken") {
            exchange(PriceProvider::Kraken, config.krakenUrl);
        } else if (name == u"coingecko") {
            exchange(PriceProvider::CoinGecko, config.coingeckoUrl, config.coingeckoApiKey);
        } else if (name == u"chainlink") {
            QList<ChainlinkFeed> feeds;
            for (const ChainlinkFeedConfig &feed : config.chainlinkFeeds)
                feeds << ChainlinkFeed{feed.chainId, feed.pair, feed.address,
                                       config.chains.value(feed.chainId).rpcUrl};
            RateSourceTiming chainlinkTiming = timing;
            chainlinkTiming.maxPriceAgeMs = static_cast<qint64>(config.chainlinkMaxAgeSeconds) * 1000;
            auto source = std::make_unique<ChainlinkRateSource>(feeds, chainlinkTiming, clock);
            source->start();
            sources.push_back(std::move(source));
        }
    }
    return sources;
}
