#pragma once

#include "Money.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the price providers send and how it becomes an exact ExchangeRate: request URLs, response parsing,
// Chainlink's ABI encoding. Pure functions, no I/O, so every shape a provider may answer with (errors,
// HTML pages, garbage, absurd numbers) is tested without a network. A price never passes through a
// double: providers' numbers are taken from their literal text.
namespace prices {

// An ETH price outside [0.01, 10^12) in any supported fiat currency is a broken answer, not a market.
// The outlier rule needs several sources; this net also catches a single source gone mad.
Result<ExchangeRate> checkPlausible(const ExchangeRate &rate);
// parseExchangeRate and checkPlausible, with the message a merchant reads ("'abc' is not a number").
Result<ExchangeRate> rateFromText(const QString &currency, const QString &text);

// base + path, keeping a path the base may already have ("http://127.0.0.1:1234/replay").
QUrl joinUrl(const QUrl &base, const QString &path, const QList<std::pair<QString, QString>> &query = {});

// Coinbase: GET /v2/prices/ETH-USD/spot -> {"data":{"amount":"3012.40","base":"ETH","currency":"USD"}}.
QUrl coinbaseSpotUrl(const QUrl &base, const QString &currency);
Result<ExchangeRate> parseCoinbaseSpot(const QByteArray &body, const QString &currency);

// Kraken: GET /0/public/Ticker?pair=ETHUSD,ETHEUR -> {"error":[],"result":{"XETHZUSD":{"c":["3012.40000",
// "0.1"],…}}}. Kraken quotes ETH against a few fiat currencies only; krakenPair is empty for the others.
QString krakenPair(const QString &currency);
QUrl krakenTickerUrl(const QUrl &base, const QStringList &currencies);
Result<ExchangeRate> parseKrakenTicker(const QByteArray &body, const QString &currency);

// CoinGecko: GET /api/v3/simple/price?ids=ethereum&vs_currencies=usd,eur&include_last_updated_at=true&
// precision=full -> {"ethereum":{"usd":3012.4,"eur":2760.12,"last_updated_at":1711356300}}. The prices
// are JSON numbers, read from their literal text.
QUrl coingeckoSimplePriceUrl(const QUrl &base, const QStringList &currencies);
Result<ExchangeRate> parseCoinGeckoSimplePrice(const QByteArray &body, const QString &currency);
// When CoinGecko last updated its prices (ms since the epoch), if the answer says.
std::optional<qint64> coingeckoUpdatedAtMs(const QByteArray &body);

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
