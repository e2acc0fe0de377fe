#include "ChainlinkRateSource.h"

#include "JsonRpcClient.h"
#include "PriceFormats.h"

#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString feedName(const ChainlinkFeed &feed)
{
    return u"feed %1 on chain %2"_s.arg(feed.address).arg(feed.chainId);
}

QList<CurrencyPair> pairsOf(const QList<ChainlinkFeed> &feeds)
{
    QList<CurrencyPair> pairs;
    for (const ChainlinkFeed &feed : feeds)
        pairs << feed.pair;
    return pairs;
}

QJsonArray callParams(const ChainlinkFeed &feed, const char *selector)
{
    return {QJsonObject{{u"to"_s, feed.address}, {u"data"_s, QString::fromLatin1(selector)}}, u"latest"_s};
}
} // namespace

ChainlinkRateSource::ChainlinkRateSource(QList<ChainlinkFeed> feeds, RateSourceTiming timing,
                                         const Clock &clock, QObject *parent)
    : PolledRateSource(u"chainlink"_s, pairsOf(feeds), timing, clock, parent)
    , m_feeds(std::move(feeds))
{}

ChainlinkRateSource::~ChainlinkRateSource() = default;

QString ChainlinkRateSource::unsupported(const CurrencyPair &pair) const
{
    for (const ChainlinkFeed &feed : m_feeds) {
        if (feed.pair == pair)
            return {};
    }
    return u"no Chainlink feed for %1 in [prices] chainlinkFeeds"_s.arg(pair.name());
}

JsonRpcClient *ChainlinkRateSource::client(const QUrl &rpcUrl)
{
    JsonRpcClient *&client = m_clients[rpcUrl];
    if (!client) {
        client = new JsonRpcClient(rpcUrl, this);
        client->setTimeoutMs(timing().timeoutMs);
        client->setMaxAttempts(1); // the next refresh is the retry
    }
    return client;
}

void ChainlinkRateSource::fetch(const QList<CurrencyPair> &pairs)
{
    for (const CurrencyPair &currency : pairs) {
        QList<ChainlinkFeed> feeds;
        for (const ChainlinkFeed &feed : std::as_const(m_feeds)) {
            if (feed.pair == currency)
                feeds << feed;
        }
        // Every feed for the pair is read at once; the first in configured order that answers wins.
        struct Gather
        {
            QList<std::optional<Result<RateQuote>>> results;
            qsizetype outstanding = 0;
        };
        auto gather = std::make_shared<Gather>();
        gather->results.resize(feeds.size());
        gather->outstanding = feeds.size();
        for (qsizetype i = 0; i < feeds.size(); ++i) {
            read(feeds[i], [this, gather, feeds, currency, i](const Result<RateQuote> &result) {
                gather->results[i] = result;
                if (--gather->outstanding > 0)
                    return;
                QStringList errors;
                for (qsizetype j = 0; j < feeds.size(); ++j) {
                    const Result<RateQuote> &feedResult = *gather->results[j];
                    if (feedResult)
                        return accept(currency, *feedResult);
                    errors << (feeds.size() == 1 ? feedResult.error()
                                                 : u"%1: %2"_s.arg(feedName(feeds[j]), feedResult.error()));
                }
                reject(currency, errors.join(u"; "_s));
            });
        }
    }
}

void ChainlinkRateSource::read(const ChainlinkFeed &feed, ReadCallback callback)
{
    const QList<JsonRpcClient::Request> requests{
        {u"eth_call"_s, callParams(feed, prices::kChainlinkDecimalsSelector)},
        {u"eth_call"_s, callParams(feed, prices::kChainlinkLatestRoundDataSelector)},
    };
    client(feed.rpcUrl)->batch(requests, [this, feed, callback](const QList<Result<QJsonValue>> &results) {
        const auto missing = Result<QJsonValue>::failure(u"the node did not answer every call"_s);
        callback(interpret(feed, results.value(0, missing), results.value(1, missing)));
    });
}

Result<RateQuote> ChainlinkRateSource::interpret(const ChainlinkFeed &feed,
                                                 const Result<QJsonValue> &decimals,
                                                 const Result<QJsonValue> &round) const
{
    using R = Result<RateQuote>;
    if (!decimals)
        return R::failure(u"decimals(): %1"_s.arg(decimals.error()));
    if (!round)
        return R::failure(u"latestRoundData(): %1"_s.arg(round.error()));
    const auto places = prices::decodeChainlinkDecimals(decimals->toString());
    if (!places)
        return R::failure(places.error());
    const auto data = prices::decodeChainlinkRound(round->toString());
    if (!data)
        return R::failure(data.error());

    const qint64 now = clock().nowMs();
    const qint64 updatedAtMs = data->updatedAtSeconds * 1000;
    if (updatedAtMs > now + kMaxClockSkewMs) {
        return R::failure(u"the feed's last update (updatedAt %1) is in the future; check this computer's "
                          "clock"_s.arg(prices::timeOfDay(updatedAtMs)));
    }
    const qint64 maxAge = timing().maxPriceAgeMs.value_or(timing().maxAgeMs);
    if (now - updatedAtMs > maxAge) {
        return R::failure(u"the feed's last update at %1 is %2 old (limit %3)"_s.arg(
            prices::timeOfDay(updatedAtMs), prices::describeDuration(now - updatedAtMs),
            prices::describeDuration(maxAge)));
    }
    const auto rate =
        prices::checkPlausible(ExchangeRate{feed.pair.base, feed.pair.quote, data->answer, *places});
    if (!rate)
        return R::failure(rate.error());
    // The rate dates from the round, not from our read: that is when the price was true.
    return R::success(RateQuote{*rate, name(), std::min(updatedAtMs, now)});
}
