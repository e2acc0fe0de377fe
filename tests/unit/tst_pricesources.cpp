// Every price provider's request and answer formats, on their documented shapes: one suite (one binary)
// for the price layer, so it is long; each case is short and stands alone.
#include "FakeClock.h"
#include "PolledRateSource.h"
#include "PriceFormats.h"
#include "RateService.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// JSON written with single quotes, so the tables stay readable (and moc, which misreads some raw strings,
// stays happy).
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

CurrencyPair eth(const QString &currency)
{
    return CurrencyPair{u"ETH"_s, currency};
}

ExchangeRate rate(const char *value, const char *currency = "USD")
{
    return *parseExchangeRate(u"ETH"_s, QString::fromLatin1(currency), QString::fromLatin1(value));
}

// A source whose answer the test sets.
class StubSource final : public RateSource
{
public:
    StubSource(QString name, Result<RateQuote> answer, bool judged = true)
        : m_name(std::move(name))
        , m_answer(std::move(answer))
        , m_judged(judged)
    {}
    static std::unique_ptr<StubSource> answering(const QString &name, const char *value, qint64 atMs = 1000)
    {
        return std::make_unique<StubSource>(name,
                                            Result<RateQuote>::success(RateQuote{rate(value), name, atMs}));
    }
    static std::unique_ptr<StubSource> failing(const QString &name, const QString &why)
    {
        return std::make_unique<StubSource>(name, Result<RateQuote>::failure(why));
    }
    QString name() const override { return m_name; }
    Result<RateQuote> quote(const CurrencyPair &) override { return m_answer; }
    bool judgedByPeers() const override { return m_judged; }

private:
    QString m_name;
    Result<RateQuote> m_answer;
    bool m_judged;
};

// A polled source whose "network" is a table the test fills: fetch() answers at once.
class ScriptedSource final : public PolledRateSource
{
public:
    using PolledRateSource::PolledRateSource;
    QHash<QString, Result<RateQuote>> answers; // by pair name
    QStringList fetched;                       // pair names

protected:
    QString unsupported(const CurrencyPair &pair) const override
    {
        return pair.quote == u"KRW" ? u"no %1 here"_s.arg(pair.name()) : QString();
    }
    void fetch(const QList<CurrencyPair> &pairs) override
    {
        for (const CurrencyPair &pair : pairs) {
            fetched << pair.name();
            const auto answer = answers.value(pair.name(), Result<RateQuote>::failure(u"HTTP 503"_s));
            if (answer)
                accept(pair, *answer);
            else
                reject(pair, answer.error());
        }
    }
};

std::vector<std::unique_ptr<RateSource>> list(std::unique_ptr<RateSource> a,
                                              std::unique_ptr<RateSource> b = {},
                                              std::unique_ptr<RateSource> c = {},
                                              std::unique_ptr<RateSource> d = {})
{
    std::vector<std::unique_ptr<RateSource>> sources;
    for (auto *source : {&a, &b, &c, &d}) {
        if (*source)
            sources.push_back(std::move(*source));
    }
    return sources;
}

// expected is the rate, or after "!" a piece of the error.
void check(const Result<ExchangeRate> &parsed, const QString &expected)
{
    if (expected.startsWith(u'!')) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toDecimalString() : QString()));
        QVERIFY2(parsed.error().contains(expected.mid(1)), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->toDecimalString(), expected);
}

QString word(const QString &hexDigits)
{
    return hexDigits.rightJustified(64, u'0');
}
} // namespace

// The pure side of prices: provider answers, Chainlink's ABI, the outlier rule, fallback and staleness.
class TestPriceSources : public QObject
{
    Q_OBJECT

    // Rows of answers_data(): each provider's documented answer, its errors, garbage and absurd numbers.
    static void coinbaseRows()
    {
        const auto row = [](const char *tag) -> QTestData & {
            return QTest::newRow(("coinbase: "_ba + tag).constData()) << u"coinbase"_s;
        };
        // https://docs.cdp.coinbase.com/coinbase-app/docs/api-prices
        row("documented") << j("{'data':{'amount':'3012.40','base':'ETH','currency':'USD'}}") << u"USD"_s
                          << u"3012.4"_s;
        row("euro") << j("{'data':{'base':'ETH','currency':'EUR','amount':'2760.123456'}}") << u"EUR"_s
                    << u"2760.123456"_s;
        row("error") << j("{'errors':[{'id':'not_found','message':'Invalid base currency'}]}") << u"USD"_s
                     << u"!the provider says: Invalid base currency"_s;
        row("number instead of string") << j("{'data':{'amount':3012.4,'base':'ETH','currency':'USD'}}")
                                        << u"USD"_s << u"!data.amount is not a decimal string"_s;
        row("other pair") << j("{'data':{'amount':'60000','base':'BTC','currency':'USD'}}") << u"USD"_s
                          << u"!the answer is for BTC-USD, not ETH-USD"_s;
        row("no data") << j("{'warnings':[]}") << u"USD"_s << u"!no data.amount"_s;
        row("html") << QByteArray("<html><head><title>Just a moment...</title></head></html>") << u"USD"_s
                    << u"!an HTML page (\"Just a moment...\")"_s;
        row("garbage") << QByteArray("\x01\x02garbage") << u"USD"_s << u"!not JSON"_s;
        row("empty") << QByteArray() << u"USD"_s << u"!empty"_s;
        row("exponent") << j("{'data':{'amount':'3.0124e3','base':'ETH','currency':'USD'}}") << u"USD"_s
                        << u"!exponent"_s;
        row("negative") << j("{'data':{'amount':'-3012.40','base':'ETH','currency':'USD'}}") << u"USD"_s
                        << u"!rate '-3012.40'"_s;
        row("zero") << j("{'data':{'amount':'0.00','base':'ETH','currency':'USD'}}") << u"USD"_s
                    << u"!rate '0.00'"_s;
        row("absurdly large") << j("{'data':{'amount':'3012400000000000','base':'ETH','currency':'USD'}}")
                              << u"USD"_s << u"!not plausible"_s;
        row("absurdly small") << j("{'data':{'amount':'0.000000003','base':'ETH','currency':'USD'}}")
                              << u"USD"_s << u"!not plausible"_s;
        // Every coin is priced as itself: a POL answer for POL-USD, and an ETH answer is not one.
        row("POL") << j("{'data':{'amount':'0.2512','base':'POL','currency':'USD'}}") << u"POL-USD"_s
                   << u"0.2512"_s;
        row("ETH answer for POL") << j("{'data':{'amount':'3012.40','base':'ETH','currency':'USD'}}")
                                  << u"POL-USD"_s << u"!the answer is for ETH-USD, not POL-USD"_s;
        row("too many digits") << j("{'data':{'amount':'3012.1234567890123456789','base':'ETH',"
                                    "'currency':'USD'}}")
                               << u"USD"_s << u"!more than 18"_s;
    }

    static void krakenRows()
    {
        const auto row = [](const char *tag) -> QTestData & {
            return QTest::newRow(("kraken: "_ba + tag).constData()) << u"kraken"_s;
        };
        // https://docs.kraken.com/api/docs/rest-api/get-ticker-information
        const QByteArray documented = j(
            "{'error':[],'result':{'XETHZUSD':{'a':['3012.41000','1','1.000'],'b':['3012.39000','2','2.000'],"
            "'c':['3012.40000','0.10000000'],'v':['1000.1','2000.2'],'p':['3000.1','3001.2'],'t':[100,200],"
            "'l':['2950.00000','2950.00000'],'h':['3050.00000','3050.00000'],'o':'3001.00000'},"
            "'ETHCHF':{'c':['2650.5','0.1']}}}");
        row("documented") << documented << u"USD"_s << u"3012.4"_s;
        row("POL") << j("{'error':[],'result':{'POLUSD':{'c':['0.25120','100']}}}") << u"POL-USD"_s
                   << u"0.2512"_s;
        row("POL, no such market") << j("{'error':[],'result':{}}") << u"POL-CHF"_s
                                   << u"!Kraken has no POL-CHF market"_s;
        row("short name") << documented << u"CHF"_s << u"2650.5"_s;
        row("missing pair") << documented << u"EUR"_s << u"!no ETHEUR ticker"_s;
        row("no market") << documented << u"SEK"_s << u"!Kraken has no ETH-SEK market"_s;
        row("error") << j("{'error':['EQuery:Unknown asset pair']}") << u"USD"_s
                     << u"!the provider says: EQuery:Unknown asset pair"_s;
        row("rate limited") << j("{'error':['EAPI:Rate limit exceeded'],'result':{}}") << u"USD"_s
                            << u"!EAPI:Rate limit exceeded"_s;
        row("no last trade") << j("{'error':[],'result':{'XETHZUSD':{'a':['1','1','1']}}}") << u"USD"_s
                             << u"!no last trade price"_s;
        row("number in array") << j("{'error':[],'result':{'XETHZUSD':{'c':[3012.4,'1']}}}") << u"USD"_s
                               << u"!no last trade price"_s;
        row("garbage price") << j("{'error':[],'result':{'XETHZUSD':{'c':['NaN','1']}}}") << u"USD"_s
                             << u"!rate 'NaN'"_s;
        row("absurd") << j("{'error':[],'result':{'XETHZUSD':{'c':['99999999999999999999','1']}}}")
                      << u"USD"_s << u"!not plausible"_s;
        row("truncated") << j("{'error':[],'result':{'XETHZUSD':{'c':['3012.4'") << u"USD"_s
                         << u"!not JSON"_s;
    }

    static void coingeckoRows()
    {
        const auto row = [](const char *tag) -> QTestData & {
            return QTest::newRow(("coingecko: "_ba + tag).constData()) << u"coingecko"_s;
        };
        // https://docs.coingecko.com/v3.0.1/reference/simple-price
        const QByteArray documented = j(
            "{'ethereum':{'usd':3012.4,'eur':2760.123456789012,'jpy':450000,'last_updated_at':1790000000}}");
        row("documented") << documented << u"USD"_s << u"3012.4"_s;
        row("every digit kept") << documented << u"EUR"_s << u"2760.123456789012"_s;
        row("integer") << documented << u"JPY"_s << u"450000"_s;
        row("whitespace and others")
            << j("{ 'bitcoin' : {'usd': 1}, 'ethereum' : { 'usd' : 3012.40 , 'x':[1,{'usd':2}]} }")
            << u"USD"_s << u"3012.4"_s;
        row("escaped key") << j("{'\\u0065thereum':{'usd':3012.4}}") << u"USD"_s << u"3012.4"_s;
        row("missing currency") << documented << u"GBP"_s << u"!no ethereum.gbp price"_s;
        row("string") << j("{'ethereum':{'usd':'3012.4'}}") << u"USD"_s << u"!is not a number"_s;
        row("exponent") << j("{'ethereum':{'usd':3.0124e3}}") << u"USD"_s << u"!exponent"_s;
        row("negative") << j("{'ethereum':{'usd':-3012.4}}") << u"USD"_s << u"!rate '-3012.4'"_s;
        row("zero") << j("{'ethereum':{'usd':0}}") << u"USD"_s << u"!rate '0'"_s;
        row("absurd") << j("{'ethereum':{'usd':1000000000000000000000000000000}}") << u"USD"_s
                      << u"!not plausible"_s;
        row("duplicate") << j("{'ethereum':{'usd':3012.4,'usd':1}}") << u"USD"_s << u"!twice"_s;
        row("rate limited")
            << j("{'status':{'error_code':429,'error_message':'You have exceeded the Rate Limit'}}")
            << u"USD"_s << u"!the provider says: You have exceeded the Rate Limit"_s;
        row("unknown coin") << j("{}") << u"USD"_s << u"!no ethereum prices"_s;
        // Every coin is priced as itself: POL from its own id, never from ethereum's.
        const QByteArray twoCoins = j("{'ethereum':{'usd':3012.4},'polygon-ecosystem-token':{'usd':0.2512}}");
        row("POL") << twoCoins << u"POL-USD"_s << u"0.2512"_s;
        row("POL missing") << j("{'ethereum':{'usd':3012.4}}") << u"POL-USD"_s
                           << u"!no polygon-ecosystem-token prices"_s;
        row("trailing garbage") << QByteArray(j("{'ethereum':{'usd':3012.4}}") + "x") << u"USD"_s
                                << u"!not JSON"_s;
        row("html") << QByteArray("<!DOCTYPE html><title>502 Bad Gateway</title>") << u"USD"_s
                    << u"!an HTML page (\"502 Bad Gateway\")"_s;
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"cryptocheckout.rates.info=false"_s); }

    // ---- Provider answers -------------------------------------------------------------------------------

    // Each provider's documented answer, its error answers, and garbage or absurd numbers in its shape.
    void answers_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected"); // the rate, or a piece of the error after "!"
        coinbaseRows();
        krakenRows();
        coingeckoRows();
    }
    void answers()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        // "USD" is ETH-USD; other coins' rows name their pair ("POL-USD").
        const CurrencyPair pair = currency.contains(u'-') ? *parseCurrencyPair(currency) : eth(currency);
        if (provider == u"coinbase")
            check(prices::parseCoinbaseSpot(body, pair), expected);
        else if (provider == u"kraken")
            check(prices::parseKrakenTicker(body, pair), expected);
        else
            check(
                prices::parseCoinGeckoSimplePrice(body, prices::defaultCoinGeckoIds().value(pair.base), pair),
                expected);
    }

    void coingeckoUpdatedAt()
    {
        const QString ethereum = u"ethereum"_s;
        QCOMPARE(
            prices::coingeckoUpdatedAtMs(j("{'ethereum':{'usd':1,'last_updated_at':1790000000}}"), ethereum),
            std::optional<qint64>(1'790'000'000'000));
        QCOMPARE(prices::coingeckoUpdatedAtMs(j("{'ethereum':{'usd':1}}"), ethereum), std::nullopt);
        QCOMPARE(prices::coingeckoUpdatedAtMs(j("{'ethereum':{'usd':1,'last_updated_at':-5}}"), ethereum),
                 std::nullopt);
        // Each coin has its own time.
        const QByteArray two = j("{'ethereum':{'usd':1,'last_updated_at':1790000000},"
                                 "'polygon-ecosystem-token':{'usd':0.25,'last_updated_at':1790000060}}");
        QCOMPARE(prices::coingeckoUpdatedAtMs(two, u"polygon-ecosystem-token"_s),
                 std::optional<qint64>(1'790'000'060'000));
    }

    void numberLiterals()
    {
        QCOMPARE(*prices::jsonNumberLiteral(j("{'a':{'b':12.50}}"), {u"a"_s, u"b"_s}), QByteArray("12.50"));
        QCOMPARE(*prices::jsonNumberLiteral(j("{'a':[{'b':1}],'b':2}"), {u"b"_s}), QByteArray("2"));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':01}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':1.}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':.5}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':1}}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':'x}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(j("{'a':'1'}"), {u"a"_s}));
        QVERIFY(!prices::jsonNumberLiteral(QByteArray(100, '[') + QByteArray(100, ']'), {u"a"_s}));
    }

    void urls()
    {
        const QUrl base(u"http://127.0.0.1:1234/replay/"_s);
        QCOMPARE(prices::coinbaseSpotUrl(base, eth(u"EUR"_s)).toString(),
                 u"http://127.0.0.1:1234/replay/v2/prices/ETH-EUR/spot"_s);
        QCOMPARE(prices::coinbaseSpotUrl(base, CurrencyPair{u"POL"_s, u"USD"_s}).toString(),
                 u"http://127.0.0.1:1234/replay/v2/prices/POL-USD/spot"_s);
        const QUrl kraken = prices::krakenTickerUrl(QUrl(u"https://api.kraken.com"_s),
                                                    {eth(u"USD"_s), eth(u"SEK"_s), eth(u"CHF"_s)});
        QCOMPARE(kraken.path(), u"/0/public/Ticker"_s);
        QCOMPARE(QUrlQuery(kraken).queryItemValue(u"pair"_s), u"ETHUSD,ETHCHF"_s);
        const QUrl krakenPol =
            prices::krakenTickerUrl(QUrl(u"https://api.kraken.com"_s),
                                    {CurrencyPair{u"POL"_s, u"USD"_s}, CurrencyPair{u"POL"_s, u"CHF"_s}});
        QCOMPARE(QUrlQuery(krakenPol).queryItemValue(u"pair"_s), u"POLUSD"_s);
        const QUrl gecko = prices::coingeckoSimplePriceUrl(QUrl(u"https://api.coingecko.com"_s),
                                                           {u"ethereum"_s, u"polygon-ecosystem-token"_s},
                                                           {u"USD"_s, u"JPY"_s});
        QCOMPARE(gecko.path(), u"/api/v3/simple/price"_s);
        QCOMPARE(QUrlQuery(gecko).queryItemValue(u"ids"_s), u"ethereum,polygon-ecosystem-token"_s);
        QCOMPARE(QUrlQuery(gecko).queryItemValue(u"vs_currencies"_s), u"usd,jpy"_s);
        QCOMPARE(QUrlQuery(gecko).queryItemValue(u"precision"_s), u"full"_s);
    }

    void plausibility()
    {
        QVERIFY(prices::checkPlausible(rate("0.01")));
        QVERIFY(prices::checkPlausible(rate("0.00000001"))); // a coin at a millionth of a cent still trades
        QVERIFY(!prices::checkPlausible(rate("0.000000009999")));
        QVERIFY(prices::checkPlausible(rate("999999999999.99")));
        QVERIFY(!prices::checkPlausible(rate("1000000000000")));
        QVERIFY(prices::checkPlausible(ExchangeRate{u"ETH"_s, u"USD"_s, UInt256{301240000000ULL}, 8}));
    }

    // ---- Chainlink ABI ----------------------------------------------------------------------------------

    void chainlinkDecimals()
    {
        QCOMPARE(*prices::decodeChainlinkDecimals(u"0x"_s + word(u"8"_s)), 8U);
        QCOMPARE(*prices::decodeChainlinkDecimals(u"0x"_s + word(u"12"_s)), 18U);
        QVERIFY(prices::decodeChainlinkDecimals(u"0x"_s + word(u"13"_s)).error().contains(u"more than 18"_s));
        QVERIFY(prices::decodeChainlinkDecimals(u"0x"_s).error().contains(u"no data"_s));
        QVERIFY(prices::decodeChainlinkDecimals(u"0x08"_s).error().contains(u"not the 64"_s));
        QVERIFY(prices::decodeChainlinkDecimals(word(u"8"_s)).error().contains(u"not 0x-prefixed"_s));
    }

    void chainlinkRound_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("expected"); // "answer@updatedAt", or a piece of the error after "!"
        const QString round = word(u"1"_s);
        const QString answer = word(u"46234d9e00"_s); // 301240000000: 3012.40 with 8 decimals
        const QString updated = word(u"6ab08c80"_s);  // 1789955200
        QTest::newRow("documented") << u"0x"_s + round + answer + updated + updated + round
                                    << u"301240000000@1789955200"_s;
        QTest::newRow("upper case hex")
            << (u"0x"_s + round + answer + updated + updated + round).toUpper().replace(u"0X"_s, u"0x"_s)
            << u"301240000000@1789955200"_s;
        QTest::newRow("negative") << u"0x"_s + round + QString(64, u'f') + updated + updated + round
                                  << u"!negative"_s;
        QTest::newRow("zero") << u"0x"_s + round + word(u"0"_s) + updated + updated + round << u"!zero"_s;
        QTest::newRow("incomplete round")
            << u"0x"_s + round + answer + word(u"0"_s) + word(u"0"_s) + round << u"!updatedAt is 0"_s;
        QTest::newRow("not a time") << u"0x"_s + round + answer + updated + QString(64, u'7') + round
                                    << u"!not a time"_s;
        QTest::newRow("short") << u"0x"_s + round + answer + updated + updated << u"!not the 320"_s;
        QTest::newRow("long") << u"0x"_s + round + answer + updated + updated + round + round
                              << u"!not the 320"_s;
        QTest::newRow("odd") << u"0x"_s + round + answer + updated + updated + round + u"0"_s
                             << u"!not the 320"_s;
        QTest::newRow("not hex") << u"0x"_s + round + answer + updated + updated + QString(64, u'g')
                                 << u"!not hex"_s;
        QTest::newRow("empty") << u"0x"_s << u"!no data"_s;
        QTest::newRow("no prefix") << round + answer + updated + updated + round << u"!not 0x-prefixed"_s;
    }
    void chainlinkRound()
    {
        QFETCH(QString, hex);
        QFETCH(QString, expected);
        const auto decoded = prices::decodeChainlinkRound(hex);
        if (expected.startsWith(u'!')) {
            QVERIFY(!decoded);
            QVERIFY2(decoded.error().contains(expected.mid(1)), qPrintable(decoded.error()));
            return;
        }
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(u"%1@%2"_s.arg(toQString(decoded->answer)).arg(decoded->updatedAtSeconds), expected);
        QCOMPARE(decoded->roundId, UInt256{1});
    }

    // ---- The outlier rule ------------------------------------------------------------------------------

    void outliers_data()
    {
        QTest::addColumn<QStringList>("rates");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("verdicts"); // one letter per rate: o outlier, k kept
        QTest::addColumn<QString>("median");
        QTest::newRow("one is alone") << QStringList{u"3000"_s} << 300 << u"k"_s << QString();
        QTest::newRow("agree") << QStringList{u"3000"_s, u"3010"_s, u"2995.5"_s} << 300 << u"kkk"_s
                               << u"3000"_s;
        QTest::newRow("one off") << QStringList{u"3500"_s, u"3000"_s, u"3010"_s} << 300 << u"okk"_s
                                 << u"3010"_s;
        // Exactly 3 % from the median is still in; a hair more is out.
        QTest::newRow("at the limit")
            << QStringList{u"3090"_s, u"3000"_s, u"3000"_s} << 300 << u"kkk"_s << u"3000"_s;
        QTest::newRow("just past") << QStringList{u"3090.000000000000000001"_s, u"3000"_s, u"3000"_s} << 300
                                   << u"okk"_s << u"3000"_s;
        // Two that disagree cannot say which is wrong: both are out.
        QTest::newRow("two disagree") << QStringList{u"3000"_s, u"3200"_s} << 300 << u"oo"_s << u"3100"_s;
        QTest::newRow("two agree") << QStringList{u"3000"_s, u"3100"_s} << 300 << u"kk"_s << u"3050"_s;
        QTest::newRow("even count") << QStringList{u"3000"_s, u"3001"_s, u"3002"_s, u"5000"_s} << 300
                                    << u"kkko"_s << u"3001.5"_s;
        QTest::newRow("half percent")
            << QStringList{u"3000"_s, u"3020"_s, u"3000"_s} << 50 << u"kok"_s << u"3000"_s;
    }
    void outliers()
    {
        QFETCH(QStringList, rates);
        QFETCH(int, basisPoints);
        QFETCH(QString, verdicts);
        QFETCH(QString, median);
        QList<ExchangeRate> parsed;
        for (const QString &value : rates)
            parsed << *parseExchangeRate(u"ETH"_s, u"USD"_s, value);
        const OutlierReport report = findOutliers(parsed, basisPoints);
        QString got;
        for (const OutlierVerdict &verdict : report.verdicts)
            got += verdict.outlier ? u'o' : u'k';
        QCOMPARE(got, verdicts);
        QCOMPARE(report.median, median);
    }

    // Rates with different decimals (an exchange's "3012.40", a Chainlink answer with 8) compare exactly.
    void outliersAcrossDecimals()
    {
        const QList<ExchangeRate> rates{rate("3012.40"),
                                        ExchangeRate{u"ETH"_s, u"USD"_s, UInt256{301240000000ULL}, 8},
                                        rate("3012.4000000000001")};
        const OutlierReport report = findOutliers(rates, 1);
        QCOMPARE(report.median, u"3012.4"_s);
        for (const OutlierVerdict &verdict : report.verdicts) {
            QVERIFY(!verdict.outlier);
            QCOMPARE(verdict.deviationBasisPoints, 0);
        }
    }

    // ---- RateService: fallback and outliers --------------------------------------------------------------

    void fallsBackInOrder()
    {
        RateService service(list(StubSource::failing(u"coinbase"_s, u"HTTP 503 at 19:02:11 UTC"_s),
                                 StubSource::answering(u"kraken"_s, "3001.5", 42),
                                 StubSource::answering(u"coingecko"_s, "3002")));
        const auto quote = service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false);
        QVERIFY(quote);
        QCOMPARE(quote->source, u"kraken"_s);
        QCOMPARE(quote->rate.toDecimalString(), u"3001.5"_s);
        QCOMPARE(quote->fetchedAtMs, 42);
        QCOMPARE(service.sourceNames(), (QStringList{u"coinbase"_s, u"kraken"_s, u"coingecko"_s}));
    }

    void namesEveryFailure()
    {
        FakeClock clock;
        std::vector<std::unique_ptr<RateSource>> sources =
            list(StubSource::failing(u"coinbase"_s, u"HTTP 503 at 19:02:11 UTC"_s),
                 StubSource::failing(u"kraken"_s, u"timeout after 5000 ms at 19:02:12 UTC"_s));
        sources.push_back(std::make_unique<FixedRateSource>(QList<ExchangeRate>{rate("3000")}, clock));
        RateService service(std::move(sources));
        const auto quote = service.quote(CurrencyPair{u"ETH"_s, u"GBP"_s}, false);
        QVERIFY(!quote);
        QCOMPARE(quote.error(),
                 u"No fresh ETH-GBP rate is available (coinbase: HTTP 503 at 19:02:11 UTC; kraken: "
                 "timeout after 5000 ms at 19:02:12 UTC; fixed: no fixed ETH-GBP rate in [prices] "
                 "fixedRates)."_s);
        // ETH-USD is there (fixed); ETH-GBP is not in use, so it does not count.
        QCOMPARE(service.status({PriceUse{eth(u"USD"_s), false}})[u"status"_s].toString(), u"ok"_s);
    }

    // A coin is never priced at another coin's rate: with only ETH rates, POL has none.
    void everyCoinHasItsOwnRate()
    {
        FakeClock clock;
        std::vector<std::unique_ptr<RateSource>> sources;
        sources.push_back(std::make_unique<FixedRateSource>(
            QList<ExchangeRate>{rate("3000"), *parseExchangeRate(u"POL"_s, u"EUR"_s, u"0.23"_s)}, clock));
        RateService service(std::move(sources));
        QCOMPARE(service.quote(CurrencyPair{u"POL"_s, u"EUR"_s}, false)->rate.toDecimalString(), u"0.23"_s);
        const auto polUsd = service.quote(CurrencyPair{u"POL"_s, u"USD"_s}, false);
        QVERIFY(!polUsd);
        QCOMPARE(polUsd.error(),
                 u"No fresh POL-USD rate is available (fixed: no fixed POL-USD rate in [prices] "
                 "fixedRates)."_s);
        const QJsonObject status = service.status(
            {PriceUse{eth(u"USD"_s), false}, PriceUse{CurrencyPair{u"POL"_s, u"USD"_s}, true}});
        QCOMPARE(status[u"status"_s].toString(), u"unavailable"_s);
        QCOMPARE(status[u"pairs"_s][0][u"pair"_s].toString(), u"ETH-USD"_s);
        QCOMPARE(status[u"pairs"_s][0][u"rate"_s].toString(), u"3000"_s);
        QCOMPARE(status[u"pairs"_s][1][u"pair"_s].toString(), u"POL-USD"_s);
        QCOMPARE(status[u"pairs"_s][1][u"mode"_s].toString(), u"live"_s);
        QCOMPARE(status[u"pairs"_s][1][u"status"_s].toString(), u"unavailable"_s);
    }

    // The built-in test rates never price real money: live mode needs a market source or rates the
    // operator wrote down (then it is told so).
    void builtInRatesAreForTestModeOnly()
    {
        FakeClock clock;
        auto builtIn = [&] {
            return std::make_unique<FixedRateSource>(QList<ExchangeRate>{rate("3000")}, clock,
                                                     FixedRateSource::Origin::BuiltInTestRates);
        };
        {
            std::vector<std::unique_ptr<RateSource>> sources;
            sources.push_back(builtIn());
            RateService service(std::move(sources));
            QCOMPARE(service.quote(eth(u"USD"_s), false)->rate.toDecimalString(), u"3000"_s);
            const auto live = service.quote(eth(u"USD"_s), true);
            QVERIFY(!live);
            QVERIFY2(live.error().contains(u"[prices] sources"_s), qPrintable(live.error()));
            QVERIFY(!service.liveFixedByOperator());
            QCOMPARE(service.status({PriceUse{eth(u"USD"_s), true}})[u"status"_s].toString(),
                     u"unavailable"_s);
        }
        {
            // A market source serves live; the built-in rates behind it still do not.
            std::vector<std::unique_ptr<RateSource>> sources;
            sources.push_back(StubSource::failing(u"coinbase"_s, u"HTTP 503"_s));
            sources.push_back(builtIn());
            RateService service(std::move(sources));
            const auto live = service.quote(eth(u"USD"_s), true);
            QVERIFY(!live);
            QVERIFY2(live.error().contains(u"fixed: built-in test rates never price live sessions"_s),
                     qPrintable(live.error()));
            QCOMPARE(service.quote(eth(u"USD"_s), false)->source, u"fixed"_s);
        }
        {
            // The operator's own rates do price live sessions, and are reported as such.
            std::vector<std::unique_ptr<RateSource>> sources;
            sources.push_back(std::make_unique<FixedRateSource>(QList<ExchangeRate>{rate("3100")}, clock));
            RateService service(std::move(sources));
            QCOMPARE(service.quote(eth(u"USD"_s), true)->rate.toDecimalString(), u"3100"_s);
            QVERIFY(service.liveFixedByOperator());
            QVERIFY(service.status({})[u"liveFixedByOperator"_s].toBool());
        }
    }

    void dropsAndLogsAnOutlier()
    {
        RateService service(list(StubSource::answering(u"coinbase"_s, "3500"),
                                 StubSource::answering(u"kraken"_s, "3000"),
                                 StubSource::answering(u"coingecko"_s, "3010")));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"^ETH-USD from coinbase: 3500 is 16.27% away from the median 3010 "
                               "of the 3 market sources that answered \\(limit 3%\\)"_s));
        auto quote = service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false);
        QVERIFY(quote);
        QCOMPARE(quote->source, u"kraken"_s);
        QCOMPARE(quote->rate.toDecimalString(), u"3000"_s);
        // The same outlier again is not logged again (an unexpected message would fail the test).
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        quote = service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false);
        QCOMPARE(quote->source, u"kraken"_s);
    }

    void twoDisagreeingFallBackToFixed()
    {
        FakeClock clock;
        std::vector<std::unique_ptr<RateSource>> sources =
            list(StubSource::answering(u"coinbase"_s, "3000"), StubSource::answering(u"kraken"_s, "3300"));
        // The operator's rate is far from the market and still never judged an outlier.
        sources.push_back(std::make_unique<FixedRateSource>(QList<ExchangeRate>{rate("2500")}, clock));
        RateService service(std::move(sources));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ETH-USD from coinbase: .*outlier"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ETH-USD from kraken: .*outlier"_s));
        const auto quote = service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false);
        QVERIFY(quote);
        QCOMPARE(quote->source, u"fixed"_s);
        QCOMPARE(quote->rate.toDecimalString(), u"2500"_s);
    }

    void fixedFirstWins()
    {
        FakeClock clock;
        std::vector<std::unique_ptr<RateSource>> sources;
        sources.push_back(std::make_unique<FixedRateSource>(QList<ExchangeRate>{rate("2500")}, clock));
        sources.push_back(StubSource::answering(u"coinbase"_s, "3000"));
        RateService service(std::move(sources));
        QCOMPARE(service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false)->source, u"fixed"_s);
    }

    void outliersInTheFailureMessage()
    {
        RateService service(
            list(StubSource::answering(u"coinbase"_s, "3000"), StubSource::answering(u"kraken"_s, "3300")),
            300);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"outlier"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"outlier"_s));
        const auto quote = service.quote(CurrencyPair{u"ETH"_s, u"USD"_s}, false);
        QVERIFY(!quote);
        QVERIFY2(quote.error().contains(u"coinbase: 3000 is 4.76% away from the median 3150"_s),
                 qPrintable(quote.error()));
        QVERIFY2(quote.error().contains(u"kraken: 3300 is 4.76% away"_s), qPrintable(quote.error()));
        const QJsonObject status = service.status({PriceUse{eth(u"USD"_s), false}});
        QCOMPARE(status[u"status"_s].toString(), u"unavailable"_s);
        QCOMPARE(status[u"error"_s].toString(), u"ETH-USD (test mode): "_s + quote.error());
        QCOMPARE(status[u"maxDeviationPercent"_s].toString(), u"3"_s);
    }

    // ---- The last-good cache and its staleness ------------------------------------------------------------

    void freshThenStale()
    {
        FakeClock clock;
        RateSourceTiming timing;
        timing.maxAgeMs = 300'000;
        ScriptedSource source(u"coinbase"_s, {eth(u"USD"_s)}, timing, clock);
        QVERIFY(!source.quote(eth(u"USD"_s)));
        QCOMPARE(source.quote(eth(u"USD"_s)).error(), u"no answer yet"_s);

        source.answers.insert(u"ETH-USD"_s, Result<RateQuote>::success(
                                                RateQuote{rate("3012.4"), u"coinbase"_s, clock.nowMs()}));
        QSignalSpy refreshed(&source, &PolledRateSource::refreshed);
        source.refresh();
        QCOMPARE(refreshed.size(), 1);
        const qint64 fetchedAt = clock.nowMs();
        QCOMPARE(source.quote(eth(u"USD"_s))->rate.toDecimalString(), u"3012.4"_s);

        // The provider fails: the last good rate still serves until it is maxAge old.
        source.answers.clear();
        clock.advanceMs(60'000);
        QTest::ignoreMessage(QtWarningMsg, "coinbase: no ETH-USD rate: HTTP 503");
        source.refresh();
        clock.advanceMs(240'000);
        auto quote = source.quote(eth(u"USD"_s));
        QVERIFY(quote);
        QCOMPARE(quote->fetchedAtMs, fetchedAt);

        clock.advanceMs(1);
        quote = source.quote(eth(u"USD"_s));
        QVERIFY(!quote);
        QCOMPARE(quote.error(),
                 u"HTTP 503 at %1; the last rate 3012.4 was fetched at %2, 5 min ago (limit 5 min)"_s.arg(
                     prices::timeOfDay(fetchedAt + 60'000), prices::timeOfDay(fetchedAt)));
        const QJsonObject usd = source.status()[u"rates"_s][u"ETH-USD"_s].toObject();
        QCOMPARE(usd[u"fresh"_s].toBool(), false);
        QCOMPARE(usd[u"rate"_s].toString(), u"3012.4"_s);
        QCOMPARE(usd[u"error"_s].toString(), u"HTTP 503"_s);

        // A new answer makes it fresh again.
        source.answers.insert(
            u"ETH-USD"_s, Result<RateQuote>::success(RateQuote{rate("3020"), u"coinbase"_s, clock.nowMs()}));
        source.refresh();
        QCOMPARE(source.quote(eth(u"USD"_s))->rate.toDecimalString(), u"3020"_s);
    }

    // A price observed long ago (a Chainlink round, a cached CoinGecko answer) is stale even when fetched
    // now.
    void oldPriceIsStale()
    {
        FakeClock clock;
        RateSourceTiming timing;
        timing.maxAgeMs = 300'000;
        timing.maxPriceAgeMs = 3'600'000;
        ScriptedSource source(u"chainlink"_s, {eth(u"USD"_s)}, timing, clock);
        source.answers.insert(u"ETH-USD"_s, Result<RateQuote>::success(RateQuote{
                                                rate("3012.4"), u"chainlink"_s, clock.nowMs() - 3'500'000}));
        source.refresh();
        QVERIFY(source.quote(eth(u"USD"_s)));
        clock.advanceMs(100'001);
        const auto quote = source.quote(eth(u"USD"_s));
        QVERIFY(!quote);
        QVERIFY2(quote.error().contains(u"the last rate 3012.4 dates from"_s), qPrintable(quote.error()));
        QVERIFY2(quote.error().contains(u"(limit 60 min)"_s), qPrintable(quote.error()));
    }

    void wantsWhatItIsAskedFor()
    {
        FakeClock clock;
        ScriptedSource source(u"coinbase"_s, {eth(u"USD"_s)}, RateSourceTiming{}, clock);
        QCOMPARE(source.quote(eth(u"KRW"_s)).error(), u"no ETH-KRW here"_s);
        QVERIFY(!source.quote(eth(u"SEK"_s)));
        QTest::ignoreMessage(QtWarningMsg, "coinbase: no ETH-USD rate: HTTP 503");
        QTest::ignoreMessage(QtWarningMsg, "coinbase: no ETH-SEK rate: HTTP 503");
        source.refresh();
        QCOMPARE(source.fetched, (QStringList{u"ETH-USD"_s, u"ETH-SEK"_s}));
        QVERIFY(source.status()[u"rates"_s].toObject().contains(u"ETH-SEK"_s));
    }
};

QTEST_GUILESS_MAIN(TestPriceSources)
#include "tst_pricesources.moc"
