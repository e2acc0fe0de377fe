// config.ini's [prices]: the sources in order, fixed rates, currencies, provider URLs and keys, timing,
// and Chainlink feeds.
#include "ConfigReader.h"

#include "EthereumAddress.h"
#include "PriceFormats.h"
#include "UrlRedaction.h"

#include <QRegularExpression>

namespace configload {

namespace {
const QStringList kPriceSources{u"fixed"_s, u"coinbase"_s, u"kraken"_s, u"coingecko"_s, u"chainlink"_s};
const QString kDefaultPriceCurrencies = u"USD,EUR,GBP,CHF,JPY,CAD,AUD"_s;
const QString kDefaultChainlinkFeeds = u"1:ETH-USD:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419"_s;

void loadPriceSources(AppConfig &config, Reader &reader)
{
    const QString sources = reader.text(u"prices/sources"_s, u"fixed"_s);
    config.priceSources.clear();
    for (const QString &source : sources.split(u',', Qt::SkipEmptyParts)) {
        const QString name = source.trimmed().toLower();
        if (!kPriceSources.contains(name))
            reader.error(u"prices/sources"_s,
                         u"unknown price source '%1' (known: %2)"_s.arg(name, kPriceSources.join(u", "_s)));
        else if (config.priceSources.contains(name))
            reader.error(u"prices/sources"_s, u"'%1' is listed twice"_s.arg(name));
        else
            config.priceSources << name;
    }
    if (config.priceSources.isEmpty() && reader.errors().isEmpty())
        reader.error(u"prices/sources"_s, u"at least one price source is needed"_s);
}

// [prices] fixedRates, or the built-in test rates.
void loadFixedRates(AppConfig &config, Reader &reader)
{
    config.fixedRatesByOperator = reader.has(u"prices/fixedRates"_s);
    const QString rates =
        reader.text(u"prices/fixedRates"_s, QString::fromLatin1(AppConfig::kBuiltInTestRates));
    for (const QString &entry : rates.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const QStringList parts = trimmed.split(u':');
        const auto pair = parseCurrencyPair(parts.value(0));
        if (parts.size() != 2 || !pair) {
            reader.error(
                u"prices/fixedRates"_s,
                u"'%1' is not <coin>-<currency>:<rate> with a supported currency (e.g. ETH-USD:3000.00, "
                "POL-EUR:0.23)"_s.arg(trimmed));
            continue;
        }
        const bool twice = std::any_of(config.fixedRates.cbegin(), config.fixedRates.cend(),
                                       [&](const ExchangeRate &rate) { return rate.pair() == *pair; });
        if (twice) {
            reader.error(u"prices/fixedRates"_s, u"%1 is listed twice"_s.arg(pair->name()));
            continue;
        }
        const auto rate = parseExchangeRate(pair->base, pair->quote, parts[1]);
        if (rate)
            config.fixedRates << *rate;
        else
            reader.error(u"prices/fixedRates"_s, rate.error());
    }
}

void loadPriceCurrencies(AppConfig &config, Reader &reader)
{
    const QString currencies = reader.text(u"prices/currencies"_s, kDefaultPriceCurrencies);
    // Every session needs its coin's USD rate for ethPriceUsd, so USD is always kept fresh.
    config.priceCurrencies = QStringList{u"USD"_s};
    for (const QString &code : currencies.split(u',', Qt::SkipEmptyParts)) {
        const auto currency = currencyByCode(code.trimmed());
        if (!currency)
            reader.error(u"prices/currencies"_s, u"'%1' is not a supported currency (supported: %2)"_s.arg(
                                                     code.trimmed(), supportedCurrencyCodes().join(u", "_s)));
        else if (!config.priceCurrencies.contains(currency->code))
            config.priceCurrencies << currency->code;
    }
}

// Real services over HTTPS; plain HTTP only to this machine (a local proxy or a test's replay server).
QUrl providerUrl(Reader &reader, const QString &key, const QUrl &fallback)
{
    const QUrl url = reader.url(key, fallback, {u"http"_s, u"https"_s});
    if (url.scheme() == u"http" && !isThisMachine(url)) {
        reader.error(key, u"'%1' must be https (plain http is allowed for loopback addresses only)"_s.arg(
                              url.toString()));
        return fallback;
    }
    return url;
}

// [prices] coingeckoIds: the defaults, with entries added or replaced.
void loadCoinGeckoIds(AppConfig &config, Reader &reader)
{
    config.coingeckoIds = prices::defaultCoinGeckoIds();
    static const QRegularExpression coingeckoId(u"^[a-z0-9-]{1,100}$"_s);
    for (const QString &entry : reader.text(u"prices/coingeckoIds"_s, {}).split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(u':');
        if (parts.size() != 2 || !isAssetSymbol(parts[0].trimmed()) ||
            !coingeckoId.match(parts[1].trimmed()).hasMatch()) {
            reader.error(u"prices/coingeckoIds"_s,
                         u"'%1' is not <symbol>:<CoinGecko id> (e.g. POL:polygon-ecosystem-token)"_s.arg(
                             entry.trimmed()));
            continue;
        }
        config.coingeckoIds.insert(parts[0].trimmed().toUpper(), parts[1].trimmed());
    }
}

void loadPriceProviders(AppConfig &config, Reader &reader)
{
    config.coinbaseUrl = providerUrl(reader, u"prices/coinbaseUrl"_s, config.coinbaseUrl);
    config.krakenUrl = providerUrl(reader, u"prices/krakenUrl"_s, config.krakenUrl);
    config.coingeckoUrl = providerUrl(reader, u"prices/coingeckoUrl"_s, config.coingeckoUrl);
    config.coingeckoApiKey = reader.text(u"prices/coingeckoApiKey"_s, {});
    loadCoinGeckoIds(config, reader);
}

// [prices] timeoutSeconds, refreshSeconds, maxAgeSeconds and maxDeviationPercent.
void loadPriceTiming(AppConfig &config, Reader &reader)
{
    config.priceTimeoutSeconds = reader.integer(u"prices/timeoutSeconds"_s, 5, 1, 60, u"seconds"_s);
    config.priceRefreshSeconds = reader.integer(u"prices/refreshSeconds"_s, 60, 5, 3600, u"seconds"_s);
    config.priceMaxAgeSeconds = reader.integer(u"prices/maxAgeSeconds"_s, 300, 10, 86400, u"seconds"_s);
    if (config.priceMaxAgeSeconds < config.priceRefreshSeconds + config.priceTimeoutSeconds) {
        reader.error(
            u"prices/maxAgeSeconds"_s,
            u"%1 s is shorter than refreshSeconds + timeoutSeconds (%2 s): every rate would go stale "
            "before the next one arrives"_s.arg(config.priceMaxAgeSeconds)
                .arg(config.priceRefreshSeconds + config.priceTimeoutSeconds));
    }
    if (reader.has(u"prices/maxDeviationPercent"_s)) {
        const QString raw = reader.text(u"prices/maxDeviationPercent"_s, {});
        const auto deviation = parsePercentToBasisPoints(raw);
        if (!deviation || *deviation == 0)
            reader.error(u"prices/maxDeviationPercent"_s,
                         u"'%1' is not a percentage above 0 and at most 100 (such as 3 or 0.5)"_s.arg(raw));
        else
            config.priceMaxDeviationBasisPoints = *deviation;
    }
}

// [prices] chainlinkFeeds (chainId:<coin>-<currency>:0xaddress, the feed on a configured chain) and
// chainlinkMaxAgeSeconds.
void loadChainlinkFeeds(AppConfig &config, Reader &reader)
{
    const QString feeds = reader.text(u"prices/chainlinkFeeds"_s, kDefaultChainlinkFeeds);
    for (const QString &entry : feeds.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed();
        const QStringList parts = trimmed.split(u':');
        bool idOk = false;
        const qint64 chainId = parts.value(0).toLongLong(&idOk);
        const auto pair = parseCurrencyPair(parts.value(1));
        if (parts.size() != 3 || !idOk || !pair || !ethereum::isValidAddress(parts[2])) {
            reader.error(
                u"prices/chainlinkFeeds"_s,
                u"'%1' is not chainId:<coin>-<currency>:<feed address> (e.g. "
                "1:ETH-USD:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419, 137:POL-USD:0x…)"_s.arg(trimmed));
            continue;
        }
        if (!config.chains.contains(chainId)) {
            reader.error(
                u"prices/chainlinkFeeds"_s,
                u"chain %1 of '%2' is not a configured chain (add a [chain.%1] group)"_s.arg(chainId).arg(
                    trimmed));
            continue;
        }
        config.chainlinkFeeds << ChainlinkFeedConfig{chainId, *pair, parts[2]};
    }
    if (config.priceSources.contains(u"chainlink"_s) && config.chainlinkFeeds.isEmpty())
        reader.error(u"prices/chainlinkFeeds"_s, u"the chainlink source needs at least one feed"_s);
    config.chainlinkMaxAgeSeconds =
        reader.integer(u"prices/chainlinkMaxAgeSeconds"_s, 3900, 60, 7 * 86400, u"seconds"_s);
}

} // namespace

void loadPrices(AppConfig &config, Reader &reader)
{
    loadPriceSources(config, reader);
    loadFixedRates(config, reader);
    loadPriceCurrencies(config, reader);
    loadPriceProviders(config, reader);
    loadPriceTiming(config, reader);
    loadChainlinkFeeds(config, reader);
}

} // namespace configload
