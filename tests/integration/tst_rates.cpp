// Price sources replayed from a local server in their documented shapes, through the real services: long
// because it covers every provider, fallback, plausibility and pricing path; each case stands alone.
#include "ChainlinkRateSource.h"
#include "EthereumAddress.h"
#include "ExchangeRateSource.h"
#include "FakeClock.h"
#include "HardhatNode.h"
#include "OffsetClock.h"
#include "PriceFormats.h"
#include "PriceReplayServer.h"
#include "ServerFixture.h"
#include "Time.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// JSON written with single quotes, so the fixtures stay readable (and moc, which misreads some raw
// strings, stays happy).
QByteArray j(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// The providers' documented answers, trimmed to the fields we read plus a few we do not.
// https://docs.cdp.coinbase.com/coinbase-app/docs/api-prices (GET /v2/prices/:pair/spot)
QByteArray coinbaseSpot(const char *amount, const char *currency = "USD")
{
    return j("{'data':{'amount':'%1','base':'ETH','currency':'%2'}}")
        .replace("%1", amount)
        .replace("%2", currency);
}
// https://docs.kraken.com/api/docs/rest-api/get-ticker-information (GET /0/public/Ticker)
QByteArray krakenTicker(const char *usd, const char *eur = "2760.12000")
{
    return j("{'error':[],'result':{'XETHZEUR':{'a':['2760.13000','3','3.000'],'b':['2760.11000','1','1.000']"
             ","
             "'c':['%2','0.05000000'],'v':['500.1','900.2'],'p':['2755.1','2756.3'],'t':[50,90],"
             "'l':['2700.00000','2700.00000'],'h':['2800.00000','2800.00000'],'o':'2750.00000'},"
             "'XETHZUSD':{'a':['3012.41000','1','1.000'],'b':['3012.39000','2','2.000'],"
             "'c':['%1','0.10000000'],'v':['1000.1','2000.2'],'p':['3000.1','3001.2'],'t':[100,200],"
             "'l':['2950.00000','2950.00000'],'h':['3050.00000','3050.00000'],'o':'3001.00000'}}}")
        .replace("%1", usd)
        .replace("%2", eur);
}
// https://docs.coingecko.com/v3.0.1/reference/simple-price (GET /api/v3/simple/price)
QByteArray coingeckoPrice(const char *usd, qint64 updatedAtMs, const char *eur = "2760.12")
{
    return j("{'ethereum':{'usd':%1,'eur':%2,'last_updated_at':%3}}")
        .replace("%1", usd)
        .replace("%2", eur)
        .replace("%3", QByteArray::number(updatedAtMs / 1000));
}

const QByteArray kCoinbaseUsdPath = "/v2/prices/ETH-USD/spot";
// Live mode on Polygon with the merchant's own xpub; no node is needed to price a session.
const QByteArray kLivePolygon =
    "[live]\nxpub="
    "xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNFLPnf8heNP3FGkeV9qwfzvZNSd54JoNX"
    "VsXFYSYwHsnJxqP\nchainId=137\n[chain.137]\nrpcUrl=http://127.0.0.1:9\n";
const QByteArray kCoinbaseEurPath = "/v2/prices/ETH-EUR/spot";
const QByteArray kKrakenPath = "/0/public/Ticker";
const QByteArray kCoinGeckoPath = "/api/v3/simple/price";

QByteArray pathOf(PriceProvider provider)
{
    switch (provider) {
    case PriceProvider::Coinbase:
        return kCoinbaseUsdPath;
    case PriceProvider::Kraken:
        return kKrakenPath;
    case PriceProvider::CoinGecko:
        return kCoinGeckoPath;
    }
    return {};
}

// A well-formed answer of the provider with this ETH-USD price literal.
QByteArray answerWith(PriceProvider provider, const char *usd, qint64 nowMs)
{
    switch (provider) {
    case PriceProvider::Coinbase:
        return coinbaseSpot(usd);
    case PriceProvider::Kraken:
        return krakenTicker(usd);
    case PriceProvider::CoinGecko:
        return coingeckoPrice(usd, nowMs);
    }
    return {};
}

bool refreshNow(PolledRateSource &source)
{
    QSignalSpy refreshed(&source, &PolledRateSource::refreshed);
    source.refresh();
    return !refreshed.isEmpty() || refreshed.wait(10000);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

// 32-byte ABI words.
QString uintWord(const UInt256 &value)
{
    return QString::fromStdString(value.toHex()).mid(2).rightJustified(64, u'0');
}
QString intWord(qint64 value)
{
    if (value >= 0)
        return uintWord(UInt256{static_cast<std::uint64_t>(value)});
    return uintWord(*UInt256::checkedSub(UInt256::max(), UInt256{static_cast<std::uint64_t>(-(value + 1))}));
}
QString selector(const char *signature)
{
    return u"0x"_s + QString::fromLatin1(ethereum::keccak256(signature).left(4).toHex());
}
} // namespace

// Exchange rates from real protocol exchanges on loopback: each provider's documented answers replayed by
// a local HTTP server (plus its errors, timeouts, HTML pages, garbage, absurd and stale numbers), Chainlink
// from an aggregator contract on a local Hardhat node, and a backend whose sessions trace their amount to
// the source and time of the rate they locked. Nothing here talks to the internet.
class TestRates : public QObject
{
    Q_OBJECT

    std::unique_ptr<PriceReplayServer> m_replay;
    FakeClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<HardhatNode> m_node;
    QString m_deployer;

    static RateSourceTiming timing(int timeoutMs = 3000)
    {
        RateSourceTiming result;
        result.timeoutMs = timeoutMs;
        result.refreshMs = 3'600'000; // the tests refresh by hand
        result.maxAgeMs = 300'000;
        return result;
    }

    // currencies: ETH in these ("USD"), or other coins' pairs by name ("POL-USD").
    std::unique_ptr<ExchangeRateSource> source(PriceProvider provider,
                                               const QStringList &currencies = {u"USD"_s},
                                               int timeoutMs = 3000, const QString &apiKey = {})
    {
        QList<CurrencyPair> pairs;
        for (const QString &currency : currencies)
            pairs << (currency.contains(u'-') ? *parseCurrencyPair(currency)
                                              : CurrencyPair{u"ETH"_s, currency});
        return std::make_unique<ExchangeRateSource>(provider, m_replay->url(), pairs, timing(timeoutMs),
                                                    m_clock, apiKey);
    }

    // ---- Hardhat -----------------------------------------------------------------------------------------

    void startNode()
    {
        if (m_node && m_node->isRunning())
            return;
        m_node = std::make_unique<HardhatNode>(QStringLiteral(CRYPTOCHECKOUT_TEST_SOURCE_DIR));
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        m_deployer = m_node->accounts().value(0);
        QVERIFY(!m_deployer.isEmpty());
    }

    // Deploys tests/contracts/ChainlinkTestAggregator.sol (its committed bytecode) and returns its address.
    QString deployAggregator(int decimals)
    {
        QFile artifact(QStringLiteral(CRYPTOCHECKOUT_TEST_SOURCE_DIR) +
                       u"/tests/contracts/ChainlinkTestAggregator.bin.json"_s);
        if (!artifact.open(QIODevice::ReadOnly))
            return {};
        const QString bytecode =
            QJsonDocument::fromJson(artifact.readAll()).object()[u"bytecode"_s].toString();
        const QString tx = m_node->sendTransaction(
            {{u"from"_s, m_deployer}, {u"data"_s, bytecode + intWord(decimals)}, {u"gas"_s, u"0x200000"_s}});
        return m_node->receipt(tx)[u"contractAddress"_s].toString();
    }

    bool setRound(const QString &aggregator, qint64 answer, qint64 updatedAtSeconds)
    {
        return setRoundWord(aggregator, intWord(answer), updatedAtSeconds);
    }
    // answerWord: the int256 answer as a 32-byte word, for answers beyond 64 bits.
    bool setRoundWord(const QString &aggregator, const QString &answerWord, qint64 updatedAtSeconds)
    {
        const QString data = selector("setRound(int256,uint256)") + answerWord + intWord(updatedAtSeconds);
        const QString tx = m_node->sendTransaction(
            {{u"from"_s, m_deployer}, {u"to"_s, aggregator}, {u"data"_s, data}, {u"gas"_s, u"0x100000"_s}});
        return m_node->receipt(tx)[u"status"_s].toString() == u"0x1";
    }

    std::unique_ptr<ChainlinkRateSource> chainlink(const QList<ChainlinkFeed> &feeds,
                                                   qint64 maxPriceAgeMs = 3'600'000)
    {
        RateSourceTiming chainlinkTiming = timing();
        chainlinkTiming.maxPriceAgeMs = maxPriceAgeMs;
        return std::make_unique<ChainlinkRateSource>(feeds, chainlinkTiming, m_clock);
    }

    ChainlinkFeed feed(const QString &address, const QString &currency = u"USD"_s)
    {
        return ChainlinkFeed{31337, CurrencyPair{u"ETH"_s, currency}, address, m_node->rpcUrl()};
    }

    // ---- Backend -----------------------------------------------------------------------------------------

    std::unique_ptr<ServerFixture> startBackend(const QByteArray &prices, const OffsetClock &clock,
                                                const QByteArray &extra = {})
    {
        auto running = std::make_unique<ServerFixture>(clock);
        // Only the currencies the tests use, so the replay server needs no answer for the others.
        if (!running->start(QByteArray(ServerFixture::kListen) + "[prices]\ncurrencies=USD,EUR\n" + prices +
                            extra)) {
            qWarning("%s", qPrintable(running->error()));
            return nullptr;
        }
        return running;
    }

    QByteArray replayUrls() const
    {
        const QByteArray base = m_replay->url().toString().toLatin1();
        return "coinbaseUrl=" + base + "\nkrakenUrl=" + base + "\ncoingeckoUrl=" + base + "\n";
    }

    static QJsonObject prices(ServerFixture &running)
    {
        return running.client().get(u"/healthz"_s).json[u"prices"_s].toObject();
    }

    // The health entry of one source, by name.
    static QJsonObject sourceStatus(const QJsonObject &prices, const QString &name)
    {
        for (const QJsonValue &source : prices[u"sources"_s].toArray()) {
            if (source[u"name"_s].toString() == name)
                return source.toObject();
        }
        return {};
    }

    static HttpClient::Reply create(HttpClient &client, const char *value, const char *currency)
    {
        return client.postJson(u"/api/v1/checkout_sessions"_s,
                               {{u"amount"_s, QJsonObject{{u"value"_s, QString::fromLatin1(value)},
                                                          {u"currency"_s, QString::fromLatin1(currency)}}}});
    }
    static HttpClient::Reply create(ServerFixture &running, const char *value, const char *currency)
    {
        return create(running.client(), value, currency);
    }
    // A client with a live key.
    static std::unique_ptr<HttpClient> liveClient(ServerFixture &running)
    {
        return std::make_unique<HttpClient>(
            running.backend().baseUrl(), running.backend().apiKeys().create(true, u"l"_s).secret.toLatin1());
    }

    // wei = fiat / rate, rounded up to 8 decimals of ETH: what the session must show for this rate.
    static QString expectedWei(const char *fiat, const char *currency, const char *rate)
    {
        const auto amount = parseFiatAmount(QString::fromLatin1(fiat), QString::fromLatin1(currency));
        const auto parsed =
            parseExchangeRate(u"ETH"_s, QString::fromLatin1(currency), QString::fromLatin1(rate));
        return toQString(*convertFiatToBaseUnits(*amount, *parsed));
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"cryptocheckout.rates.info=false"_s); }

    void init()
    {
        m_replay = std::make_unique<PriceReplayServer>();
        QVERIFY(m_replay->listen());
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch());
    }

    void cleanup() { m_replay.reset(); }

    void cleanupTestCase() { m_node.reset(); }

    // ---- Each provider's documented answer -----------------------------------------------------------

    void coinbase()
    {
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3012.40"));
        m_replay->setJson(kCoinbaseEurPath, coinbaseSpot("2760.12", "EUR"));
        auto coinbase = source(PriceProvider::Coinbase, {u"USD"_s, u"EUR"_s});
        QVERIFY(refreshNow(*coinbase));
        QCOMPARE(m_replay->requests().size(), 2);
        QSet<QByteArray> paths;
        for (const auto &request : m_replay->requests()) {
            paths << request.path;
            QCOMPARE(request.method, QByteArray("GET"));
            QVERIFY(request.header("User-Agent").startsWith("CryptoCheckout/"));
            QVERIFY(request.header("x-cg-demo-api-key").isEmpty());
        }
        QCOMPARE(paths, (QSet<QByteArray>{kCoinbaseUsdPath, kCoinbaseEurPath}));
        const auto usd = coinbase->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY2(usd, qPrintable(usd.error()));
        QCOMPARE(usd->rate.toDecimalString(), u"3012.4"_s);
        QCOMPARE(usd->source, u"coinbase"_s);
        QCOMPARE(usd->fetchedAtMs, m_clock.nowMs());
        QCOMPARE(coinbase->quote(CurrencyPair{u"ETH"_s, u"EUR"_s})->rate.toDecimalString(), u"2760.12"_s);
    }

    void kraken()
    {
        m_replay->setJson(kKrakenPath, krakenTicker("3012.40000"));
        auto kraken = source(PriceProvider::Kraken, {u"USD"_s, u"EUR"_s, u"SEK"_s});
        QVERIFY(refreshNow(*kraken));
        // One request for every pair Kraken has; none for a currency it does not quote.
        QCOMPARE(m_replay->requests().size(), 1);
        QCOMPARE(QUrlQuery(QString::fromLatin1(m_replay->requests()[0].query)).queryItemValue(u"pair"_s),
                 u"ETHUSD,ETHEUR"_s);
        QCOMPARE(kraken->quote(CurrencyPair{u"ETH"_s, u"USD"_s})->rate.toDecimalString(), u"3012.4"_s);
        QCOMPARE(kraken->quote(CurrencyPair{u"ETH"_s, u"EUR"_s})->rate.toDecimalString(), u"2760.12"_s);
        QCOMPARE(kraken->quote(CurrencyPair{u"ETH"_s, u"SEK"_s}).error(), u"Kraken has no ETH-SEK market"_s);
    }

    void coingecko()
    {
        const qint64 updatedAt = m_clock.nowMs() / 1000 * 1000 - 20'000;
        m_replay->setJson(kCoinGeckoPath, coingeckoPrice("3012.401234567891", updatedAt));
        auto gecko = source(PriceProvider::CoinGecko, {u"USD"_s, u"EUR"_s}, 3000, u"CG-demo-key"_s);
        QVERIFY(refreshNow(*gecko));
        QCOMPARE(m_replay->requests().size(), 1);
        const auto &request = m_replay->requests()[0];
        QCOMPARE(request.header("x-cg-demo-api-key"), QByteArray("CG-demo-key"));
        const QUrlQuery query(QString::fromLatin1(request.query));
        QCOMPARE(query.queryItemValue(u"ids"_s), u"ethereum"_s);
        QCOMPARE(query.queryItemValue(u"vs_currencies"_s), u"usd,eur"_s);
        const auto usd = gecko->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY2(usd, qPrintable(usd.error()));
        // Every digit of the JSON number, never rounded through a double.
        QCOMPARE(usd->rate.toDecimalString(), u"3012.401234567891"_s);
        // The time is CoinGecko's own last update, not when we asked.
        QCOMPARE(usd->fetchedAtMs, updatedAt);
        QCOMPARE(gecko->quote(CurrencyPair{u"ETH"_s, u"EUR"_s})->rate.toDecimalString(), u"2760.12"_s);
    }

    void coingeckoStaleData()
    {
        m_replay->setJson(kCoinGeckoPath, coingeckoPrice("3012.4", m_clock.nowMs() - 3'600'000));
        auto gecko = source(PriceProvider::CoinGecko);
        QVERIFY(refreshNow(*gecko));
        const auto quote = gecko->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY(!quote);
        QVERIFY2(quote.error().startsWith(u"the last rate 3012.4 dates from"_s), qPrintable(quote.error()));
        QVERIFY2(quote.error().contains(u"60 min ago (limit 5 min)"_s), qPrintable(quote.error()));
    }

    // ---- What goes wrong, for every provider --------------------------------------------------------

    void failures_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs"); // -1: never answer
        QTest::addColumn<QString>("expected");
        const QByteArray json = "application/json";
        const QByteArray html = "text/html";
        const QByteArray errorPage = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                                     "<body><center><h1>502 Bad Gateway</h1></center><hr>nginx</body></html>";
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (PriceProvider provider :
             {PriceProvider::Coinbase, PriceProvider::Kraken, PriceProvider::CoinGecko}) {
            const QByteArray name = ExchangeRateSource::providerName(provider).toLatin1();
            const int p = static_cast<int>(provider);
            auto row = [&](const char *what) -> QTestData & {
                return QTest::newRow((name + ": " + what).constData());
            };
            row("HTTP 503") << p << 503 << json << j("{'errors':[{'id':'internal','message':'Try later'}]}")
                            << 0 << u"HTTP 503: the provider says: Try later"_s;
            row("HTTP 429")
                << p << 429 << json
                << j("{'status':{'error_code':429,'error_message':'You have exceeded the Rate Limit'}}") << 0
                << u"HTTP 429: the provider says: You have exceeded the Rate Limit"_s;
            row("HTML error page") << p << 502 << html << errorPage << 0
                                   << u"HTTP 502: an HTML page (\"502 Bad Gateway\"), not JSON"_s;
            row("HTML with 200") << p << 200 << html
                                 << QByteArray("<html><body>Please enable cookies</body></html>") << 0
                                 << u"the answer is an HTML page, not JSON"_s;
            row("garbage") << p << 200 << json << QByteArray("\x01\x02\xff garbage {", 13) << 0
                           << u"not JSON"_s;
            row("empty") << p << 200 << json << QByteArray() << 0 << u"the answer is empty"_s;
            row("absurd") << p << 200 << json << answerWith(provider, "30124000000000", now) << 0
                          << u"the ETH-USD price 30124000000000 is not plausible"_s;
            row("tiny") << p << 200 << json << answerWith(provider, "0.000000001", now) << 0
                        << u"not plausible"_s;
            row("zero") << p << 200 << json << answerWith(provider, "0", now) << 0 << u"rate '0'"_s;
            row("negative") << p << 200 << json << answerWith(provider, "-3012.4", now) << 0
                            << u"rate '-3012.4'"_s;
            row("timeout") << p << 200 << json << answerWith(provider, "3012.4", now) << -1
                           << u"timeout after 400 ms"_s;
            row("too slow") << p << 200 << json << answerWith(provider, "3012.4", now) << 1500
                            << u"timeout after 400 ms"_s;
        }
    }
    void failures()
    {
        QFETCH(int, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QString, expected);
        const auto kind = static_cast<PriceProvider>(provider);
        PriceReplayServer::Response response;
        response.status = status;
        response.contentType = contentType;
        response.body = body;
        response.delayMs = std::max(0, delayMs);
        response.hang = delayMs < 0;
        m_replay->setResponse(pathOf(kind), response);
        auto rates = source(kind, {u"USD"_s}, 400);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(refreshNow(*rates));
        QVERIFY2(elapsed.elapsed() < 3000, "every request is bounded by the timeout");
        const auto quote = rates->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY(!quote);
        QVERIFY2(quote.error().contains(expected), qPrintable(quote.error()));
        QVERIFY2(quote.error().endsWith(u" at "_s + prices::timeOfDay(m_clock.nowMs())),
                 qPrintable(quote.error()));
        const QJsonObject state = rates->status()[u"rates"_s][u"ETH-USD"_s].toObject();
        QCOMPARE(state[u"fresh"_s].toBool(), false);
        QVERIFY(state[u"error"_s].toString().contains(expected));
    }

    void unreachable()
    {
        QUrl url = m_replay->url();
        url.setPort(closedPort());
        ExchangeRateSource coinbase(PriceProvider::Coinbase, url, {CurrencyPair{u"ETH"_s, u"USD"_s}},
                                    timing(), m_clock);
        QVERIFY(refreshNow(coinbase));
        const auto quote = coinbase.quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY2(quote.error().startsWith(u"cannot reach 127.0.0.1: "_s), qPrintable(quote.error()));
    }

    // ---- The last-good cache ---------------------------------------------------------------------------

    void lastGoodRateUntilMaxAge()
    {
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3012.40"));
        auto coinbase = source(PriceProvider::Coinbase);
        QVERIFY(refreshNow(*coinbase));
        const qint64 fetchedAt = m_clock.nowMs();

        m_replay->setJson(kCoinbaseUsdPath, j("{'errors':[{'id':'internal','message':'Try later'}]}"), 503);
        m_clock.advanceMs(120'000);
        QVERIFY(refreshNow(*coinbase));
        const qint64 failedAt = m_clock.nowMs();
        auto quote = coinbase->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY2(quote, qPrintable(quote.error()));
        QCOMPARE(quote->rate.toDecimalString(), u"3012.4"_s);
        QCOMPARE(quote->fetchedAtMs, fetchedAt);
        QCOMPARE(coinbase->status()[u"rates"_s][u"ETH-USD"_s][u"error"_s].toString(),
                 u"HTTP 503: the provider says: Try later"_s);

        m_clock.advanceMs(180'001);
        quote = coinbase->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY(!quote);
        QCOMPARE(
            quote.error(),
            u"HTTP 503: the provider says: Try later at %1; the last rate 3012.4 was fetched at "
            "%2, 5 min ago (limit 5 min)"_s.arg(prices::timeOfDay(failedAt), prices::timeOfDay(fetchedAt)));

        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3020.00"));
        QVERIFY(refreshNow(*coinbase));
        QCOMPARE(coinbase->quote(CurrencyPair{u"ETH"_s, u"USD"_s})->rate.toDecimalString(), u"3020"_s);
    }

    // ---- Chainlink on a local Hardhat node -------------------------------------------------------------

    void chainlinkSelectors()
    {
        QCOMPARE(selector("decimals()"), QString::fromLatin1(prices::kChainlinkDecimalsSelector));
        QCOMPARE(selector("latestRoundData()"),
                 QString::fromLatin1(prices::kChainlinkLatestRoundDataSelector));
    }

    void chainlinkFeed()
    {
        startNode();
        const QString aggregator = deployAggregator(8);
        QVERIFY(!aggregator.isEmpty());
        const qint64 updatedAt = m_clock.nowMs() / 1000 - 600;
        QVERIFY(setRound(aggregator, 301240000000, updatedAt));

        auto source = chainlink({feed(aggregator)});
        QVERIFY(refreshNow(*source));
        const auto quote = source->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY2(quote, qPrintable(quote.error()));
        QCOMPARE(quote->rate.toDecimalString(), u"3012.4"_s);
        QCOMPARE(quote->rate.decimals, 8U);
        QCOMPARE(quote->source, u"chainlink"_s);
        // The rate dates from the round's updatedAt: that is when the price was true.
        QCOMPARE(quote->fetchedAtMs, updatedAt * 1000);
        QCOMPARE(source->quote(CurrencyPair{u"ETH"_s, u"EUR"_s}).error(),
                 u"no Chainlink feed for ETH-EUR in [prices] chainlinkFeeds"_s);

        // 18 decimals, as some feeds have.
        const QString precise = deployAggregator(18);
        QVERIFY(setRoundWord(precise, uintWord(*UInt256::fromDecimal("3012400000000000000001")), updatedAt));
        auto preciseSource = chainlink({feed(precise)});
        QVERIFY(refreshNow(*preciseSource));
        QCOMPARE(preciseSource->quote(CurrencyPair{u"ETH"_s, u"USD"_s})->rate.toDecimalString(),
                 u"3012.400000000000000001"_s);
    }

    void chainlinkStaleness()
    {
        startNode();
        const QString aggregator = deployAggregator(8);
        const qint64 now = m_clock.nowMs() / 1000;
        QVERIFY(setRound(aggregator, 301240000000, now - 7200));
        auto source = chainlink({feed(aggregator)}, 3'600'000);
        QVERIFY(refreshNow(*source));
        auto quote = source->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY(!quote);
        QVERIFY2(
            quote.error().startsWith(u"the feed's last update at %1 is 2 h 0 min old (limit 60 min)"_s.arg(
                prices::timeOfDay((now - 7200) * 1000))),
            qPrintable(quote.error()));

        // A fresh round is taken; when time passes without a new one, it goes stale again.
        QVERIFY(setRound(aggregator, 301500000000, now - 60));
        QVERIFY(refreshNow(*source));
        QCOMPARE(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s})->rate.toDecimalString(), u"3015"_s);
        m_clock.advanceMs(3'600'000 - 60'000 + 1);
        QVERIFY(refreshNow(*source));
        quote = source->quote(CurrencyPair{u"ETH"_s, u"USD"_s});
        QVERIFY(!quote);
        QVERIFY2(quote.error().contains(u"(limit 60 min)"_s), qPrintable(quote.error()));

        // A round from the future means the clocks disagree: refused rather than trusted.
        QVERIFY(setRound(aggregator, 301500000000, m_clock.nowMs() / 1000 + 3600));
        QVERIFY(refreshNow(*source));
        QVERIFY2(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error().contains(u"is in the future"_s),
                 qPrintable(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error()));
    }

    void chainlinkBadAnswers()
    {
        startNode();
        const QString aggregator = deployAggregator(8);
        auto source = chainlink({feed(aggregator)});
        const qint64 now = m_clock.nowMs() / 1000;

        QVERIFY(refreshNow(*source)); // no round yet: updatedAt is 0
        QVERIFY2(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error().contains(u"no completed round"_s),
                 qPrintable(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error()));
        QVERIFY(setRound(aggregator, 0, now));
        QVERIFY(refreshNow(*source));
        QVERIFY(
            source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error().contains(u"the feed's answer is zero"_s));
        QVERIFY(setRound(aggregator, -301240000000, now));
        QVERIFY(refreshNow(*source));
        QVERIFY(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s})
                    .error()
                    .contains(u"the feed's answer is negative"_s));
        // 3,012,400,000,000 USD for one ETH.
        QVERIFY(setRoundWord(aggregator, uintWord(*UInt256::fromDecimal("301240000000000000000")), now));
        QVERIFY(refreshNow(*source));
        QVERIFY(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error().contains(u"not plausible"_s));

        // An address without a contract answers eth_call with no data.
        const QString account = m_node->accounts().value(5);
        auto empty = chainlink({feed(account)});
        QVERIFY(refreshNow(*empty));
        QVERIFY2(empty->quote(CurrencyPair{u"ETH"_s, u"USD"_s})
                     .error()
                     .contains(u"there is no Chainlink aggregator at that address"_s),
                 qPrintable(empty->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error()));

        // Several feeds: the first that answers wins; when none does, each one's error is named.
        QVERIFY(setRound(aggregator, 301240000000, now));
        auto two = chainlink({feed(account), feed(aggregator)});
        QVERIFY(refreshNow(*two));
        QCOMPARE(two->quote(CurrencyPair{u"ETH"_s, u"USD"_s})->rate.toDecimalString(), u"3012.4"_s);
    }

    void chainlinkNodeDown()
    {
        QUrl down(u"http://127.0.0.1"_s);
        down.setPort(closedPort());
        auto source = chainlink({ChainlinkFeed{31337, CurrencyPair{u"ETH"_s, u"USD"_s},
                                               u"0x5FbDB2315678afecb367f032d93F642f64180aa3"_s, down}});
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(refreshNow(*source));
        QVERIFY(elapsed.elapsed() < 5000);
        QVERIFY2(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error().contains(u"cannot reach the node"_s),
                 qPrintable(source->quote(CurrencyPair{u"ETH"_s, u"USD"_s}).error()));
    }

    // ---- A backend: sessions trace their amount to the rate's source and time --------------------------

    void sessionTracesItsRate()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3012.40"));
        m_replay->setJson(kCoinbaseEurPath, coinbaseSpot("2760.12", "EUR"));
        m_replay->setJson(kKrakenPath, krakenTicker("3011.00000", "2761.00000"));
        auto running = startBackend("sources=coinbase,kraken,fixed\n" + replayUrls(), clock);
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(
            sourceStatus(prices(*running), u"kraken"_s)[u"rates"_s][u"ETH-EUR"_s][u"fresh"_s].toBool() &&
                sourceStatus(prices(*running), u"coinbase"_s)[u"rates"_s][u"ETH-EUR"_s][u"fresh"_s].toBool(),
            10000);
        const QJsonObject health = prices(*running);
        QCOMPARE(health[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(health[u"pairs"_s][0][u"pair"_s].toString(), u"ETH-USD"_s);
        QCOMPARE(health[u"pairs"_s][0][u"source"_s].toString(), u"coinbase"_s);
        const QJsonObject coinbaseUsd =
            sourceStatus(health, u"coinbase"_s)[u"rates"_s][u"ETH-USD"_s].toObject();
        QCOMPARE(coinbaseUsd[u"rate"_s].toString(), u"3012.4"_s);

        auto reply = create(*running, "99.00", "USD");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"exchangeRate"_s].toObject(),
                 (QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                              {u"rate"_s, u"3012.4"_s},
                              {u"source"_s, u"coinbase"_s},
                              {u"fetchedAt"_s, coinbaseUsd[u"fetchedAt"_s]},
                              {u"nativeUsd"_s, QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                                                           {u"rate"_s, u"3012.4"_s},
                                                           {u"source"_s, u"coinbase"_s},
                                                           {u"fetchedAt"_s, coinbaseUsd[u"fetchedAt"_s]}}}}));
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3012.4"_s);
        QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), expectedWei("99.00", "USD", "3012.4"));

        // A euro session: the euro rate it used, with its own source; ethPriceUsd stays ETH/USD.
        reply = create(*running, "50.00", "EUR");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"pair"_s].toString(), u"ETH-EUR"_s);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"rate"_s].toString(), u"2760.12"_s);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"source"_s].toString(), u"coinbase"_s);
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3012.4"_s);
        QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), expectedWei("50.00", "EUR", "2760.12"));
    }

    // The first source has no euro pair: the euro rate comes from the second while ETH/USD comes from the
    // first, and the session records both with their sources and times, so both numbers can be traced.
    void nonUsdSessionRecordsBothRates()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3012.40"));
        m_replay->setJson(kCoinbaseEurPath, coinbaseSpot("2760.12", "EUR"));
        m_replay->setJson(kKrakenPath, j("{'error':[],'result':{'XETHZUSD':{'a':['3012.41000','1','1.000'],"
                                         "'b':['3012.39000','2','2.000'],'c':['3011.00000','0.1']}}}"));
        auto running = startBackend("sources=kraken,coinbase\n" + replayUrls(), clock);
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(
            sourceStatus(prices(*running), u"kraken"_s)[u"rates"_s][u"ETH-USD"_s][u"fresh"_s].toBool() &&
                sourceStatus(prices(*running), u"coinbase"_s)[u"rates"_s][u"ETH-EUR"_s][u"fresh"_s].toBool(),
            10000);
        const QJsonObject health = prices(*running);
        const QString krakenUsdAt =
            sourceStatus(health, u"kraken"_s)[u"rates"_s][u"ETH-USD"_s][u"fetchedAt"_s].toString();
        const QString coinbaseEurAt =
            sourceStatus(health, u"coinbase"_s)[u"rates"_s][u"ETH-EUR"_s][u"fetchedAt"_s].toString();
        QVERIFY(!krakenUsdAt.isEmpty() && !coinbaseEurAt.isEmpty());

        const auto reply = create(*running, "50.00", "EUR");
        QCOMPARE(reply.status, 200);
        const QJsonObject expected{{u"pair"_s, u"ETH-EUR"_s},
                                   {u"rate"_s, u"2760.12"_s},
                                   {u"source"_s, u"coinbase"_s},
                                   {u"fetchedAt"_s, coinbaseEurAt},
                                   {u"nativeUsd"_s, QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                                                                {u"rate"_s, u"3011"_s},
                                                                {u"source"_s, u"kraken"_s},
                                                                {u"fetchedAt"_s, krakenUsdAt}}}};
        QCOMPARE(reply.json[u"exchangeRate"_s].toObject(), expected);
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3011"_s);
        QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), expectedWei("50.00", "EUR", "2760.12"));
        const auto again =
            running->client().get(u"/api/v1/checkout_sessions/"_s + reply.json[u"id"_s].toString());
        QCOMPARE(again.json[u"exchangeRate"_s].toObject(), expected);
    }

    void fallbackAndLockedRate()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, QByteArray("<html><title>503 Service Unavailable</title></html>"),
                          503);
        m_replay->setJson(kKrakenPath, krakenTicker("3011.00000"));
        auto running = startBackend(
            "sources=coinbase,kraken\nrefreshSeconds=5\nmaxAgeSeconds=60\ntimeoutSeconds=1\n" + replayUrls(),
            clock);
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(prices(*running)[u"status"_s].toString() == u"ok"_s, 10000);
        const auto first = create(*running, "99.00", "USD");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json[u"exchangeRate"_s][u"source"_s].toString(), u"kraken"_s);
        QCOMPARE(first.json[u"exchangeRate"_s][u"rate"_s].toString(), u"3011"_s);
        QVERIFY(sourceStatus(prices(*running), u"coinbase"_s)[u"rates"_s][u"ETH-USD"_s][u"error"_s]
                    .toString()
                    .contains(u"HTTP 503: an HTML page (\"503 Service Unavailable\")"_s));

        // The market moves: new sessions get the new rate, the first one keeps the rate it locked.
        m_replay->setJson(kKrakenPath, krakenTicker("3100.00000"));
        QTRY_VERIFY_WITH_TIMEOUT(
            sourceStatus(prices(*running), u"kraken"_s)[u"rates"_s][u"ETH-USD"_s][u"rate"_s].toString() ==
                u"3100"_s,
            15000);
        const auto second = create(*running, "99.00", "USD");
        QCOMPARE(second.json[u"exchangeRate"_s][u"rate"_s].toString(), u"3100"_s);
        const auto again =
            running->client().get(u"/api/v1/checkout_sessions/"_s + first.json[u"id"_s].toString());
        QCOMPARE(again.json[u"exchangeRate"_s], first.json[u"exchangeRate"_s]);
        QCOMPARE(again.json[u"amount"_s], first.json[u"amount"_s]);
        QCOMPARE(again.json[u"ethPriceUsd"_s], first.json[u"ethPriceUsd"_s]);
    }

    void outlierIsSkipped()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3500.00"));
        m_replay->setJson(kKrakenPath, krakenTicker("3000.00000"));
        m_replay->setJson(kCoinGeckoPath, coingeckoPrice("3010", QDateTime::currentMSecsSinceEpoch()));
        // Logged once, when the three first answer together (while two answer, both are out of line).
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^ETH-USD from coinbase: 3500 is 16.27% away from the "
                                                "median 3010 .*ignored as an outlier$"_s));
        auto running = startBackend("sources=coinbase,kraken,coingecko\n" + replayUrls(), clock);
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(
            sourceStatus(prices(*running), u"coinbase"_s)[u"rates"_s][u"ETH-USD"_s][u"fresh"_s].toBool() &&
                sourceStatus(prices(*running), u"kraken"_s)[u"rates"_s][u"ETH-USD"_s][u"fresh"_s].toBool() &&
                sourceStatus(prices(*running), u"coingecko"_s)[u"rates"_s][u"ETH-USD"_s][u"fresh"_s].toBool(),
            10000);
        const auto reply = create(*running, "10.00", "USD");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json[u"exchangeRate"_s][u"source"_s].toString(), u"kraken"_s);
        QCOMPARE(reply.json[u"ethPriceUsd"_s].toString(), u"3000"_s);
    }

    // Every chain's coin is priced as itself: a live Polygon session at POL-USD (and ethPriceUsd is POL's
    // USD rate), a test session on the local chain at ETH-USD. Without a POL rate there is no POL session
    // (503 naming POL-USD), never one at the ETH rate.
    void everyChainCoinIsPricedAsItself()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, coinbaseSpot("3000.00"));
        m_replay->setJson(kCoinbaseEurPath, coinbaseSpot("2760.00", "EUR"));
        m_replay->setJson("/v2/prices/POL-USD/spot",
                          j("{'data':{'amount':'0.25','base':'POL','currency':'USD'}}"));
        auto running = startBackend("sources=coinbase\n" + replayUrls(), clock, kLivePolygon);
        QVERIFY(running);
        const auto live = liveClient(*running);
        QTRY_VERIFY_WITH_TIMEOUT(prices(*running)[u"status"_s].toString() == u"ok"_s, 10000);
        const QJsonArray pairs = prices(*running)[u"pairs"_s].toArray();
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs[0][u"pair"_s].toString(), u"ETH-USD"_s);
        QCOMPARE(pairs[0][u"mode"_s].toString(), u"test"_s);
        QCOMPARE(pairs[1][u"pair"_s].toString(), u"POL-USD"_s);
        QCOMPARE(pairs[1][u"mode"_s].toString(), u"live"_s);
        QCOMPARE(pairs[1][u"rate"_s].toString(), u"0.25"_s);

        const auto polygon = create(*live, "100.00", "USD");
        QCOMPARE(polygon.status, 200);
        QCOMPARE(polygon.json[u"chainId"_s].toInteger(), 137);
        QCOMPARE(polygon.json[u"amount"_s][u"wei"_s].toString(), u"400000000000000000000"_s); // 400 POL
        QCOMPARE(polygon.json[u"amount"_s][u"eth"_s].toString(), u"400"_s);
        QCOMPARE(polygon.json[u"ethPriceUsd"_s].toString(), u"0.25"_s);
        QCOMPARE(polygon.json[u"exchangeRate"_s][u"pair"_s].toString(), u"POL-USD"_s);
        QCOMPARE(polygon.json[u"exchangeRate"_s][u"nativeUsd"_s][u"pair"_s].toString(), u"POL-USD"_s);

        const auto local = create(*running, "30.00", "USD");
        QCOMPARE(local.status, 200);
        QCOMPARE(local.json[u"exchangeRate"_s][u"pair"_s].toString(), u"ETH-USD"_s);
        QCOMPARE(local.json[u"ethPriceUsd"_s].toString(), u"3000"_s);
        QCOMPARE(local.json[u"amount"_s][u"wei"_s].toString(), u"10000000000000000"_s);

        // POL-EUR is nowhere: a euro session on Polygon is refused, naming the pair, even though ETH-EUR and
        // POL-USD are there to be (mis)used.
        const auto euro = create(*live, "100.00", "EUR");
        QCOMPARE(euro.status, 503);
        QCOMPARE(euro.json[u"error"_s][u"code"_s].toString(), u"rate_unavailable"_s);
        QVERIFY2(euro.json[u"error"_s][u"message"_s].toString().startsWith(u"No fresh POL-EUR rate"_s),
                 qPrintable(euro.json[u"error"_s][u"message"_s].toString()));
        QCOMPARE(running->backend().store().sessions().count(), 2);
    }

    // The built-in test rates never price real money. With only a live xpub configured, live sessions are
    // refused with a message naming [prices] sources and /healthz is degraded; test mode works as before.
    // Rates the operator writes down do price live sessions, with a warning on /healthz.
    void liveModeNeedsRatesSomebodyChose()
    {
        OffsetClock clock;
        auto running = startBackend("", clock, kLivePolygon);
        QVERIFY(running);
        const auto live = liveClient(*running);
        const auto refused = create(*live, "100.00", "USD");
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json[u"error"_s][u"code"_s].toString(), u"rate_unavailable"_s);
        QVERIFY2(refused.json[u"error"_s][u"message"_s].toString().contains(u"[prices] sources"_s),
                 qPrintable(refused.json[u"error"_s][u"message"_s].toString()));
        QCOMPARE(create(*running, "30.00", "USD").status, 200); // test mode keeps its built-in rates
        const auto health = running->client().get(u"/healthz"_s);
        QCOMPARE(health.status, 503);
        const QStringList problems = health.json[u"problems"_s].toVariant().toStringList();
        QVERIFY2(problems.filter(u"prices: POL-USD (live mode)"_s).size() == 1,
                 qPrintable(problems.join(u"\n"_s)));

        running = startBackend("fixedRates=POL-USD:0.30,ETH-USD:3000\n", clock, kLivePolygon);
        QVERIFY(running);
        const auto fixedLive = liveClient(*running);
        const auto priced = create(*fixedLive, "3.00", "USD");
        QCOMPARE(priced.status, 200);
        QCOMPARE(priced.json[u"amount"_s][u"eth"_s].toString(), u"10"_s);
        QCOMPARE(priced.json[u"exchangeRate"_s][u"source"_s].toString(), u"fixed"_s);
        const auto warned = running->client().get(u"/healthz"_s);
        QVERIFY(warned.json[u"problems"_s].toVariant().toStringList().filter(u"prices:"_s).isEmpty());
        QVERIFY2(warned.json[u"warnings"_s]
                         .toVariant()
                         .toStringList()
                         .filter(u"prices are fixed by the operator"_s)
                         .size() == 1,
                 QJsonDocument(warned.json).toJson().constData());
    }

    void noFreshRateIs503()
    {
        OffsetClock clock;
        m_replay->setJson(kCoinbaseUsdPath, j("{'errors':[{'id':'internal','message':'Try later'}]}"), 503);
        PriceReplayServer::Response hang;
        hang.hang = true;
        m_replay->setResponse(kKrakenPath, hang);
        auto running = startBackend("sources=coinbase,kraken\ntimeoutSeconds=1\n" + replayUrls(), clock);
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(
            sourceStatus(prices(*running), u"kraken"_s)[u"rates"_s][u"ETH-USD"_s][u"error"_s]
                .toString()
                .startsWith(u"timeout"_s),
            10000);
        const QJsonObject health = prices(*running);
        QCOMPARE(health[u"status"_s].toString(), u"unavailable"_s);

        const auto reply = create(*running, "99.00", "USD");
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.json[u"error"_s][u"code"_s].toString(), u"rate_unavailable"_s);
        const QString message = reply.json[u"error"_s][u"message"_s].toString();
        static const QRegularExpression expected(
            u"^No fresh ETH-USD rate is available \\(coinbase: HTTP 503: the provider says: Try later at "
            "\\d\\d:\\d\\d:\\d\\d UTC; kraken: timeout after 1000 ms at \\d\\d:\\d\\d:\\d\\d UTC\\)\\.$"_s);
        QVERIFY2(expected.match(message).hasMatch(), qPrintable(message));
        QCOMPARE(health[u"error"_s].toString(), u"ETH-USD (test mode): "_s + message);
        QCOMPARE(running->backend().store().sessions().count(), 0);
        // The server as a whole is degraded: a monitor reading only the status code sees it.
        const auto whole = running->client().get(u"/healthz"_s);
        QCOMPARE(whole.status, 503);
        QCOMPARE(whole.json[u"status"_s].toString(), u"degraded"_s);
        QVERIFY(whole.json[u"problems"_s].toVariant().toStringList().contains(
            u"prices: ETH-USD (test mode): "_s + message));
    }

    void chainlinkSession()
    {
        startNode();
        const QString aggregator = deployAggregator(8);
        const qint64 updatedAt = QDateTime::currentMSecsSinceEpoch() / 1000 - 120;
        QVERIFY(setRound(aggregator, 301240000000, updatedAt));
        OffsetClock clock;
        auto running =
            startBackend("sources=chainlink\nchainlinkFeeds=31337:ETH-USD:" + aggregator.toLatin1() + "\n",
                         clock, "[chain.31337]\nrpcUrl=" + m_node->rpcUrl().toString().toLatin1() + "\n");
        QVERIFY(running);
        QTRY_VERIFY_WITH_TIMEOUT(prices(*running)[u"status"_s].toString() == u"ok"_s, 15000);
        const auto reply = create(*running, "99.00", "USD");
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"exchangeRate"_s].toObject(),
            (QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                         {u"rate"_s, u"3012.4"_s},
                         {u"source"_s, u"chainlink"_s},
                         {u"fetchedAt"_s, isoTimestamp(updatedAt * 1000)},
                         {u"nativeUsd"_s, QJsonObject{{u"pair"_s, u"ETH-USD"_s},
                                                      {u"rate"_s, u"3012.4"_s},
                                                      {u"source"_s, u"chainlink"_s},
                                                      {u"fetchedAt"_s, isoTimestamp(updatedAt * 1000)}}}}));
        QCOMPARE(reply.json[u"amount"_s][u"wei"_s].toString(), expectedWei("99.00", "USD", "3012.4"));
    }
};

QTEST_GUILESS_MAIN(TestRates)
#include "tst_rates.moc"
