#pragma once

#include "Money.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the price providers send and how it becomes an exact ExchangeRate: request URLs, response parsing,
// Chainlink's ABI encoding. Pure functions, no I/O, so every shape a provider may answer with (errors,
// HTML pages, garbage, absurd numbers) is tested without a network. A price never passes through a
// double: providers' numbers are taken from their literal text.
namespace prices {

// A coin's price outside [10^-8, 10^12) in any supported fiat currency is a broken answer, not a market
// (the range holds ETH near 3000 USD and a coin at a fraction of a cent alike). The outlier rule needs
// several sources; this net also catches a single source gone mad.
Result<ExchangeRate> checkPlausible(const ExchangeRate &rate);
// parseExchangeRate and checkPlausible, with the message a merchant reads ("'abc' is not a number").
Result<ExchangeRate> rateFromText(const CurrencyPair &pair, const QString &text);

// base + path, keeping a path the base may already have ("http://127.0.0.1:1234/replay").
QUrl joinUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &query = {});

// Coinbase: GET /v2/prices/POL-USD/spot -> {"data":{"amount":"0.25","base":"POL","currency":"USD"}}.
QUrl coinbaseSpotUrl(const QUrl &base, const CurrencyPair &pair);
Result<ExchangeRate> parseCoinbaseSpot(const QByteArray &body, const CurrencyPair &pair);

// Kraken: GET /0/public/Ticker?pair=ETHUSD,ETHEUR -> {"error":[],"result":{"XETHZUSD":{"c":["3012.40000",
// "0.1"],…}}}; POLUSD -> "POLUSD". Kraken quotes ETH against a few fiat currencies, other coins against USD
// and EUR; krakenPair is empty for the others. One unknown pair fails Kraken's whole answer, so a request
// asks for one coin's pairs.
QString krakenPair(const CurrencyPair &pair);
QUrl krakenTickerUrl(const QUrl &base, const QList<CurrencyPair> &pairs);
Result<ExchangeRate> parseKrakenTicker(const QByteArray &body, const CurrencyPair &pair);

// CoinGecko names coins by id, not symbol: "ethereum", "polygon-ecosystem-token". The ids of common chain
// coins and tokens; [prices] coingeckoIds adds or replaces entries.
QHash<QString, QString> defaultCoinGeckoIds();
// CoinGecko: GET /api/v3/simple/price?ids=ethereum,polygon-ecosystem-token&vs_currencies=usd,eur&
// include_last_updated_at=true&precision=full -> {"ethereum":{"usd":3012.4,"eur":2760.12,
// "last_updated_at":1711356300},…}. The prices are JSON numbers, read from their literal text.
QUrl coingeckoSimplePriceUrl(const QUrl &base, const QStringList &ids, const QStringList &currencies);
Result<ExchangeRate> parseCoinGeckoSimplePrice(const QByteArray &body, const QString &id,
                                               const CurrencyPair &pair);
// When CoinGecko last updated a coin's prices (ms since the epoch), if the answer says.
std::optional<qint64> coingeckoUpdatedAtMs(const QByteArray &body, const QString &id);

// The literal text of the JSON number at the given object keys ({"a":{"b":12.5}}, {"a","b"} -> "12.5"),
// after checking that the whole body is well-formed JSON. QJsonValue would hand us a double.
Result<QByteArray> jsonNumberLiteral(const QByteArray &body, const QStringList &path);

// A provider's own words from an error body (Coinbase "errors", Kraken "error", CoinGecko "status"),
// or a description of what the body is ("an HTML page", "not JSON"). Empty for a plain JSON body.
QString describeErrorBody(const QByteArray &body);

// Chainlink AggregatorV3Interface through eth_call.
inline constexpr const char *kChainlinkDecimalsSelector = "0x313ce567";        // decimals()
inline constexpr const char *kChainlinkLatestRoundDataSelector = "0xfeaf968c"; // latestRoundData()

struct ChainlinkRound
{
    UInt256 roundId;
    UInt256 answer; // positive: a negative or zero int256 is refused while decoding
    qint64 updatedAtSeconds = 0;
};

// decimals() returns a uint8 in one 32-byte word; more than 18 is refused (no fiat feed has that many).
Result<unsigned> decodeChainlinkDecimals(const QString &hexResult);
// latestRoundData() returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt,
// uint80 answeredInRound): exactly five words.
Result<ChainlinkRound> decodeChainlinkRound(const QString &hexResult);

// "19:02:11 UTC": when something happened, in error messages.
QString timeOfDay(qint64 msSinceEpoch);
// "7 min", "42 s", "2 h 5 min": how old something is, in error messages.
QString describeDuration(qint64 ms);

} // namespace prices
