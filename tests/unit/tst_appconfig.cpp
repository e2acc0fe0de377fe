#include "AppConfig.h"
#include "DatabaseUrl.h"
#include "TestDataDir.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAppConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        TestDataDir dir;
        const auto config = AppConfig::load(dir.path());
        QVERIFY2(config, qPrintable(config.error()));
        QCOMPARE(config->listenText(), u"127.0.0.1:8420"_s);
        QCOMPARE(config->publicUrl.toString(), u"http://127.0.0.1:8420"_s);
        QCOMPARE(config->ttlMinutes, 30);
        QCOMPARE(config->graceMinutes, 1440);
        QCOMPARE(config->underpaymentToleranceBasisPoints, 0);
        QCOMPARE(config->test.chainId, 31337);
        QCOMPARE(config->test.xpub, QString::fromLatin1(AppConfig::kPublicTestXpub));
        QVERIFY(config->live.xpub.isEmpty());
        QCOMPARE(config->chains[31337].confirmations, 1);
        QCOMPARE(config->chains[31337].rpcUrl.toString(), u"http://127.0.0.1:8545"_s);
        for (qint64 id : {1LL, 11155111LL, 8453LL, 137LL, 42161LL})
            QVERIFY(config->chains.contains(id));
        QCOMPARE(config->priceSources, QStringList{u"fixed"_s});
        QCOMPARE(config->fixedRates.size(), 4); // ETH and POL in USD and EUR, test mode only
        QVERIFY(!config->fixedRatesByOperator);
        QCOMPARE(config->fixedRates[0].quote, u"USD"_s);
        QCOMPARE(config->fixedRates[0].toDecimalString(), u"3000"_s);
        QCOMPARE(config->databaseLocation(), dir.filePath(u"cryptocheckout.db"_s));
        QCOMPARE(config->priceCurrencies,
                 (QStringList{u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s}));
        QCOMPARE(config->coinbaseUrl.toString(), u"https://api.coinbase.com"_s);
        QCOMPARE(config->krakenUrl.toString(), u"https://api.kraken.com"_s);
        QCOMPARE(config->coingeckoUrl.toString(), u"https://api.coingecko.com"_s);
        QVERIFY(config->coingeckoApiKey.isEmpty());
        QCOMPARE(config->priceTimeoutSeconds, 5);
        QCOMPARE(config->priceRefreshSeconds, 60);
        QCOMPARE(config->priceMaxAgeSeconds, 300);
        QCOMPARE(config->priceMaxDeviationBasisPoints, 300);
        QCOMPARE(config->chainlinkMaxAgeSeconds, 3900);
        QCOMPARE(config->chainlinkFeeds.size(), 1);
        QCOMPARE(config->chainlinkFeeds[0].chainId, 1);
        QCOMPARE(config->chainlinkFeeds[0].pair.name(), u"ETH-USD"_s);
        QCOMPARE(config->chainlinkFeeds[0].address, u"0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419"_s);
    }

    void readsPriceSettings()
    {
        TestDataDir dir;
        dir.writeConfig(
            "[prices]\nsources=kraken, coinbase,coingecko,chainlink,fixed\ncurrencies=eur,JPY,SEK\n"
            "coinbaseUrl=http://127.0.0.1:9000/cb\nkrakenUrl=https://kraken.example.com\n"
            "coingeckoUrl=https://pro-api.coingecko.com\ncoingeckoApiKey=CG-abc\ntimeoutSeconds=2\n"
            "refreshSeconds=30\nmaxAgeSeconds=120\nmaxDeviationPercent=1.5\n"
            "chainlinkFeeds=31337:ETH-USD:0x5FbDB2315678afecb367f032d93F642f64180aa3,"
            "1:ETH-EUR:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419\nchainlinkMaxAgeSeconds=600\n");
        const auto config = AppConfig::load(dir.path());
        QVERIFY2(config, qPrintable(config.error()));
        QCOMPARE(config->priceSources,
                 (QStringList{u"kraken"_s, u"coinbase"_s, u"coingecko"_s, u"chainlink"_s, u"fixed"_s}));
        QCOMPARE(config->priceCurrencies, (QStringList{u"USD"_s, u"EUR"_s, u"JPY"_s, u"SEK"_s}));
        QCOMPARE(config->coinbaseUrl.toString(), u"http://127.0.0.1:9000/cb"_s);
        QCOMPARE(config->krakenUrl.host(), u"kraken.example.com"_s);
        QCOMPARE(config->coingeckoApiKey, u"CG-abc"_s);
        QCOMPARE(config->priceTimeoutSeconds, 2);
        QCOMPARE(config->priceRefreshSeconds, 30);
        QCOMPARE(config->priceMaxAgeSeconds, 120);
        QCOMPARE(config->priceMaxDeviationBasisPoints, 150);
        QCOMPARE(config->chainlinkMaxAgeSeconds, 600);
        QCOMPARE(config->chainlinkFeeds.size(), 2);
        QCOMPARE(config->chainlinkFeeds[0].chainId, 31337);
        QCOMPARE(config->chainlinkFeeds[1].pair.name(), u"ETH-EUR"_s);
    }

    void readsEverything()
    {
        TestDataDir dir;
        dir.writeConfig(
            "[server]\nlisten=127.0.0.1:9999\npublicUrl=https://pay.example.com/\n"
            "[checkout]\nttlMinutes=15\ngraceMinutes=60\nunderpaymentTolerancePercent=0.5\n"
            "[test]\nchainId=11155111\n"
            "[live]\nxpub="
            "xpub6Ce9NcJvTk36xtLSrJLZqE7wtgA5deCeYs7rSQtreh4cj6ByPtrg9sD7V2FNFLPnf8heNP3FGkeV9qwfzvZNSd54JoNX"
            "VsXFYSYwHsnJxqP\nchainId=8453\n"
            "[chain.8453]\nconfirmations=20\nrpcUrl=https://base.example.com/rpc\n"
            "[chain.777]\nname=My chain\nrpcUrl=ws://127.0.0.1:9545\nconfirmations=2\npollIntervalMs=500\n"
            "[prices]\nsources=fixed\nfixedRates=ETH-USD:3012.40, ETH-JPY:450000\n");
        const auto config = AppConfig::load(dir.path());
        QVERIFY2(config, qPrintable(config.error()));
        QCOMPARE(config->listenPort, 9999);
        QCOMPARE(config->publicUrl.toString(), u"https://pay.example.com"_s);
        QCOMPARE(config->ttlMinutes, 15);
        QCOMPARE(config->graceMinutes, 60);
        QCOMPARE(config->underpaymentToleranceBasisPoints, 50);
        QCOMPARE(config->test.chainId, 11155111);
        QCOMPARE(config->live.chainId, 8453);
        QCOMPARE(config->chains[8453].confirmations, 20);
        QCOMPARE(config->chains[8453].name, u"Base"_s);
        QCOMPARE(config->chains[777].name, u"My chain"_s);
        QCOMPARE(config->chains[777].pollIntervalMs, 500);
        QCOMPARE(config->fixedRates.size(), 2);
        QCOMPARE(config->fixedRates[1].quote, u"JPY"_s);
    }

    // [database] url names a PostgreSQL server; CRYPTOCHECKOUT_DATABASE_URL wins over it. What may be shown
    // of it has no password, and a wrong one is reported without it.
    void databaseUrl()
    {
        TestDataDir dir;
        auto config = AppConfig::load(dir.path());
        QVERIFY(config);
        QVERIFY(config->databaseUrl.isEmpty());
        QCOMPARE(config->databaseLocation(), dir.filePath(u"cryptocheckout.db"_s));

        dir.writeConfig("[database]\nurl=postgresql://shop:s%40cret@db.example.com:6432/checkout?sslmode="
                        "verify-full&connect_timeout=5\n");
        config = AppConfig::load(dir.path());
        QVERIFY2(config, qPrintable(config.error()));
        QCOMPARE(
            config->databaseLocation(),
            u"postgresql://shop:s%40cret@db.example.com:6432/checkout?sslmode=verify-full&connect_timeout=5"_s);
        QCOMPARE(
            config->databaseDisplayName(),
            u"postgresql://shop:***@db.example.com:6432/checkout?sslmode=verify-full&connect_timeout=5"_s);
        const auto url = DatabaseUrl::parse(config->databaseUrl);
        QVERIFY(url);
        QCOMPARE(url->password, u"s@cret"_s);
        QCOMPARE(url->port, 6432);
        QCOMPARE(url->database, u"checkout"_s);
        QVERIFY(
            url->connectOptions().startsWith(u"sslmode=verify-full;connect_timeout=5;keepalives_idle=5;"_s));
        QVERIFY(DatabaseUrl::parse(u"postgres://a:b@h/d"_s)
                    ->connectOptions()
                    .startsWith(u"connect_timeout=10;"_s));

        QCOMPARE(DatabaseUrl::parse(u"postgresql://a:secret@[::1]:6432/d"_s)->redacted(),
                 u"postgresql://a:***@[::1]:6432/d"_s);
        qputenv("CRYPTOCHECKOUT_DATABASE_URL", "postgresql://other:pw@127.0.0.1/elsewhere");
        config = AppConfig::load(dir.path());
        QVERIFY(config);
        QCOMPARE(config->databaseDisplayName(), u"postgresql://other:***@127.0.0.1:5432/elsewhere"_s);
        qputenv("CRYPTOCHECKOUT_DATABASE_URL", "postgresql://other:topsecret@127.0.0.1/x?sslmode=sometimes");
        config = AppConfig::load(dir.path());
        qunsetenv("CRYPTOCHECKOUT_DATABASE_URL");
        QVERIFY(!config);
        QVERIFY2(config.error().contains(u"CRYPTOCHECKOUT_DATABASE_URL"_s), qPrintable(config.error()));
        QVERIFY2(!config.error().contains(u"topsecret"_s), qPrintable(config.error()));
    }

    void listenOverride()
    {
        TestDataDir dir;
        dir.writeConfig("[server]\nlisten=127.0.0.1:9999\n");
        const auto config = AppConfig::load(dir.path(), u"127.0.0.1:0"_s);
        QVERIFY(config);
        QCOMPARE(config->listenPort, 0);
    }

    // Every bad value is reported with its key, and nothing starts.
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("ttl text") << QByteArray("[checkout]\nttlMinutes=soon\n")
                                  << u"[checkout] ttlMinutes"_s;
        QTest::newRow("ttl zero") << QByteArray("[checkout]\nttlMinutes=0\n") << u"[checkout] ttlMinutes"_s;
        QTest::newRow("grace negative")
            << QByteArray("[checkout]\ngraceMinutes=-5\n") << u"[checkout] graceMinutes"_s;
        QTest::newRow("tolerance") << QByteArray("[checkout]\nunderpaymentTolerancePercent=150\n")
                                   << u"[checkout] underpaymentTolerancePercent"_s;
        QTest::newRow("tolerance text") << QByteArray("[checkout]\nunderpaymentTolerancePercent=some\n")
                                        << u"[checkout] underpaymentTolerancePercent"_s;
        QTest::newRow("listen") << QByteArray("[server]\nlisten=localhost\n") << u"[server] listen"_s;
        QTest::newRow("listen port") << QByteArray("[server]\nlisten=127.0.0.1:99999\n")
                                     << u"[server] listen"_s;
        QTest::newRow("remote without consent")
            << QByteArray("[server]\nlisten=0.0.0.0:8420\n") << u"[server] listen"_s;
        QTest::newRow("public url") << QByteArray("[server]\npublicUrl=ftp://x\n") << u"[server] publicUrl"_s;
        QTest::newRow("unknown key") << QByteArray("[checkout]\nttlMinute=5\n") << u"[checkout] ttlMinute"_s;
        QTest::newRow("unknown group")
            << QByteArray("[chekout]\nttlMinutes=5\n") << u"[chekout] ttlMinutes"_s;
        QTest::newRow("chain id") << QByteArray("[test]\nchainId=5\n") << u"[test] chainId"_s;
        QTest::newRow("chain group") << QByteArray("[chain.abc]\nrpcUrl=http://x\n")
                                     << u"[chain.abc] rpcUrl"_s;
        // A chain group that names no chain is an error, not a group quietly left out.
        QTest::newRow("chain zero") << QByteArray("[chain.0]\nrpcUrl=http://127.0.0.1:8545\n")
                                    << u"[chain.0] rpcUrl"_s;
        QTest::newRow("chain negative")
            << QByteArray("[chain.-1]\nrpcUrl=http://127.0.0.1:8545\n") << u"[chain.-1] rpcUrl"_s;
        QTest::newRow("chain without id") << QByteArray("[chain.]\nname=x\n") << u"[chain.] name"_s;
        QTest::newRow("chain id leading zero")
            << QByteArray("[chain.0137]\nname=x\n") << u"[chain.0137] name"_s;
        QTest::newRow("chain rpc") << QByteArray("[chain.1]\nrpcUrl=not a url\n") << u"[chain.1] rpcUrl"_s;
        QTest::newRow("chain without rpc") << QByteArray("[chain.999]\nname=x\n") << u"[chain.999] rpcUrl"_s;
        QTest::newRow("confirmations")
            << QByteArray("[chain.1]\nconfirmations=0\n") << u"[chain.1] confirmations"_s;
        QTest::newRow("source") << QByteArray("[prices]\nsources=fixed,oracle\n") << u"[prices] sources"_s;
        QTest::newRow("rate pair") << QByteArray("[prices]\nfixedRates=ETH_USD:1\n")
                                   << u"[prices] fixedRates"_s;
        QTest::newRow("rate twice") << QByteArray("[prices]\nfixedRates=POL-USD:0.25,pol-usd:0.3\n")
                                    << u"[prices] fixedRates"_s;
        QTest::newRow("coingecko id")
            << QByteArray("[prices]\ncoingeckoIds=POL polygon\n") << u"[prices] coingeckoIds"_s;
        QTest::newRow("confirm url") << QByteArray(
                                            "[chain.1]\nconfirmRpcUrls=https://a.example,ftp://b.example\n")
                                     << u"[chain.1] confirmRpcUrls"_s;
        QTest::newRow("confirm itself") << QByteArray("[chain.31337]\nconfirmRpcUrls=http://127.0.0.1:8545\n")
                                        << u"[chain.31337] confirmRpcUrls"_s;
        QTest::newRow("live confirm in clear")
            << QByteArray("[live]\nxpub="
                          "xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oL"
                          "KKYhTY5cL3RqYx7fwd1bSG3wAWdJ2iP\n[chain.1]\nconfirmRpcUrls=http://10.0.0.6:8545\n")
            << u"[chain.1] confirmRpcUrls"_s;
        QTest::newRow("chain symbol") << QByteArray("[chain.137]\nsymbol=P O L\n") << u"[chain.137] symbol"_s;
        // A customer paying real coins to an address whose key everyone knows loses them.
        QTest::newRow("public xpub on a mainnet")
            << QByteArray("[test]\nchainId=137\n") << u"[test] chainId"_s;
        QTest::newRow("public xpub on a custom mainnet id")
            << QByteArray("[chain.56]\nrpcUrl=https://bsc.example\nsymbol=BNB\n[test]\nchainId=56\n")
            << u"[test] chainId"_s;
        // Real money does not go through a node reached in clear text over the network.
        QTest::newRow("live rpc in clear")
            << QByteArray("[live]\nxpub="
                          "xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oL"
                          "KKYhTY5cL3RqYx7fwd1bSG3wAWdJ2iP\n[chain.1]\nrpcUrl=http://10.0.0.5:8545\n")
            << u"[chain.1] rpcUrl"_s;
        QTest::newRow("rate value") << QByteArray("[prices]\nfixedRates=ETH-USD:-1\n")
                                    << u"[prices] fixedRates"_s;
        QTest::newRow("rate currency")
            << QByteArray("[prices]\nfixedRates=ETH-XYZ:1\n") << u"[prices] fixedRates"_s;
        QTest::newRow("public xpub live") << QByteArray("[live]\nxpub=") + AppConfig::kPublicTestXpub + "\n"
                                          << u"[live] xpub"_s;
        QTest::newRow("source twice")
            << QByteArray("[prices]\nsources=coinbase,kraken,coinbase\n") << u"[prices] sources"_s;
        QTest::newRow("price currency")
            << QByteArray("[prices]\ncurrencies=USD,XYZ\n") << u"[prices] currencies"_s;
        QTest::newRow("provider url")
            << QByteArray("[prices]\ncoinbaseUrl=ftp://api.coinbase.com\n") << u"[prices] coinbaseUrl"_s;
        QTest::newRow("plain http remote")
            << QByteArray("[prices]\nkrakenUrl=http://api.kraken.com\n") << u"[prices] krakenUrl"_s;
        QTest::newRow("price timeout")
            << QByteArray("[prices]\ntimeoutSeconds=0\n") << u"[prices] timeoutSeconds"_s;
        QTest::newRow("refresh") << QByteArray("[prices]\nrefreshSeconds=1\n")
                                 << u"[prices] refreshSeconds"_s;
        QTest::newRow("max age below refresh")
            << QByteArray("[prices]\nrefreshSeconds=60\nmaxAgeSeconds=30\n") << u"[prices] maxAgeSeconds"_s;
        QTest::newRow("deviation zero")
            << QByteArray("[prices]\nmaxDeviationPercent=0\n") << u"[prices] maxDeviationPercent"_s;
        QTest::newRow("deviation text")
            << QByteArray("[prices]\nmaxDeviationPercent=three\n") << u"[prices] maxDeviationPercent"_s;
        QTest::newRow("feed address")
            << QByteArray("[prices]\nchainlinkFeeds=1:ETH-USD:0x1234\n") << u"[prices] chainlinkFeeds"_s;
        QTest::newRow("feed checksum")
            << QByteArray("[prices]\nchainlinkFeeds=1:ETH-USD:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8418\n")
            << u"[prices] chainlinkFeeds"_s;
        QTest::newRow("feed chain")
            << QByteArray("[prices]\nchainlinkFeeds=5:ETH-USD:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419\n")
            << u"[prices] chainlinkFeeds"_s;
        QTest::newRow("feed pair")
            << QByteArray("[prices]\nchainlinkFeeds=1:ETH:0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419\n")
            << u"[prices] chainlinkFeeds"_s;
        QTest::newRow("chainlink without feeds")
            << QByteArray("[prices]\nsources=chainlink\nchainlinkFeeds=\n") << u"[prices] chainlinkFeeds"_s;
        QTest::newRow("chainlink max age")
            << QByteArray("[prices]\nchainlinkMaxAgeSeconds=5\n") << u"[prices] chainlinkMaxAgeSeconds"_s;
        QTest::newRow("allowRemote") << QByteArray("[server]\nallowRemote=maybe\n")
                                     << u"[server] allowRemote"_s;
        QTest::newRow("token shape")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aa3\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token address")
            << QByteArray("[chain.31337]\ntokens=USDC:0x1234:6:USD\n") << u"[chain.31337] tokens"_s;
        QTest::newRow("token checksum")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aA3:6:USD\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token decimals")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aa3:37:USD\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token decimals text")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aa3:six\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token peg")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aa3:6:XYZ\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token native symbol")
            << QByteArray("[chain.31337]\ntokens=eth:0x5FbDB2315678afecb367f032d93F642f64180aa3:18\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token twice")
            << QByteArray("[chain.31337]\ntokens=USDC:0x5FbDB2315678afecb367f032d93F642f64180aa3:6,"
                          "usdc:0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512:6\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("token symbol")
            << QByteArray("[chain.31337]\ntokens=US DC:0x5FbDB2315678afecb367f032d93F642f64180aa3:6\n")
            << u"[chain.31337] tokens"_s;
        QTest::newRow("native symbol of a shipped token")
            << QByteArray("[chain.1]\nsymbol=USDC\n") << u"[chain.1] symbol"_s;
        QTest::newRow("database not a URL")
            << QByteArray("[database]\nurl=/var/lib/shop.db\n") << u"[database] url"_s;
        QTest::newRow("database other scheme")
            << QByteArray("[database]\nurl=mysql://u:p@db/shop\n") << u"[database] url"_s;
        QTest::newRow("database without a name")
            << QByteArray("[database]\nurl=postgresql://u:p@db:5432/\n") << u"[database] url"_s;
        QTest::newRow("database without a user")
            << QByteArray("[database]\nurl=postgresql://db:5432/shop\n") << u"[database] url"_s;
        QTest::newRow("database bad port")
            << QByteArray("[database]\nurl=postgresql://u:p@db:99999/shop\n") << u"[database] url"_s;
        QTest::newRow("database unknown parameter")
            << QByteArray("[database]\nurl=postgresql://u:p@db/shop?options=-c%20x\n") << u"[database] url"_s;
        QTest::newRow("database bad sslmode")
            << QByteArray("[database]\nurl=postgresql://u:p@db/shop?sslmode=maybe\n") << u"[database] url"_s;
        QTest::newRow("database unknown key")
            << QByteArray("[database]\npath=/tmp/x\n") << u"[database] path"_s;
    }
    void rejects()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        TestDataDir dir;
        dir.writeConfig(ini);
        const auto config = AppConfig::load(dir.path());
        QVERIFY(!config);
        QVERIFY2(config.error().contains(key + u':'), qPrintable(config.error()));
    }

    void tokens()
    {
        TestDataDir dir;
        {
            const auto config = AppConfig::load(dir.path());
            QVERIFY2(config, qPrintable(config.error()));
            const QList<TokenConfig> &mainnet = config->chains[1].tokens;
            QCOMPARE(mainnet.size(), 2);
            QCOMPARE(mainnet[0].symbol, u"USDC"_s);
            QCOMPARE(mainnet[0].contract, u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s);
            QCOMPARE(mainnet[0].decimals, 6U);
            QCOMPARE(mainnet[0].peg, u"USD"_s);
            QCOMPARE(mainnet[1].symbol, u"USDT"_s);
            QCOMPARE(mainnet[1].contract, u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s);
            QCOMPARE(config->chains[11155111].tokens[0].contract,
                     u"0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238"_s);
            QCOMPARE(config->chains[8453].tokens[0].contract,
                     u"0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913"_s);
            QCOMPARE(config->chains[137].tokens[0].contract, u"0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359"_s);
            QCOMPARE(config->chains[42161].tokens[0].contract,
                     u"0xaf88d065e77c8cC2239327C5EDb3A432268e5831"_s);
            QVERIFY(config->chains[31337].tokens.isEmpty());
            QCOMPARE(config->chains[1].assetSymbols(), (QStringList{u"ETH"_s, u"USDC"_s, u"USDT"_s}));
            QCOMPARE(config->chains[137].token(u"usdc"_s)->symbol, u"USDC"_s);
            QVERIFY(!config->chains[137].token(u"POL"_s));
        }
        // A configured list replaces the shipped one; lower-case addresses are stored checksummed; no peg
        // is allowed (such a token cannot be priced, which session creation says).
        dir.writeConfig("[chain.31337]\ntokens=TUSD:0x5fbdb2315678afecb367f032d93f642f64180aa3:6:usd, "
                        "GOLD:0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512:0\n[chain.1]\ntokens=\n");
        const auto config = AppConfig::load(dir.path());
        QVERIFY2(config, qPrintable(config.error()));
        const QList<TokenConfig> &local = config->chains[31337].tokens;
        QCOMPARE(local.size(), 2);
        QCOMPARE(local[0].symbol, u"TUSD"_s);
        QCOMPARE(local[0].contract, u"0x5FbDB2315678afecb367f032d93F642f64180aa3"_s);
        QCOMPARE(local[0].peg, u"USD"_s);
        QCOMPARE(local[1].decimals, 0U);
        QVERIFY(local[1].peg.isEmpty());
        QVERIFY(config->chains[1].tokens.isEmpty());
    }

    void remoteWithConsent()
    {
        TestDataDir dir;
        dir.writeConfig("[server]\nlisten=0.0.0.0:8420\nallowRemote=true\n");
        QVERIFY(AppConfig::load(dir.path()));
    }

    void listenParsing()
    {
        QVERIFY(parseListenAddress(u"[::1]:8080"_s));
        QCOMPARE(parseListenAddress(u"localhost:80"_s)->first, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!parseListenAddress(u":80"_s));
        QVERIFY(!parseListenAddress(u"example.com:80"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
