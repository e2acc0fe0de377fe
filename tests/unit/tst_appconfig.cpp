#include "AppConfig.h"
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
        QCOMPARE(config->fixedRates.size(), 2);
        QCOMPARE(config->fixedRates[0].quote, u"USD"_s);
        QCOMPARE(config->fixedRates[0].toDecimalString(), u"3000"_s);
        QCOMPARE(config->databasePath(), dir.filePath(u"cryptocheckout.db"_s));
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
        QTest::newRow("chain rpc") << QByteArray("[chain.1]\nrpcUrl=not a url\n") << u"[chain.1] rpcUrl"_s;
        QTest::newRow("chain without rpc") << QByteArray("[chain.999]\nname=x\n") << u"[chain.999] rpcUrl"_s;
        QTest::newRow("confirmations")
            << QByteArray("[chain.1]\nconfirmations=0\n") << u"[chain.1] confirmations"_s;
        QTest::newRow("source") << QByteArray("[prices]\nsources=fixed,oracle\n") << u"[prices] sources"_s;
        QTest::newRow("rate pair") << QByteArray("[prices]\nfixedRates=BTC-USD:1\n")
                                   << u"[prices] fixedRates"_s;
        QTest::newRow("rate value") << QByteArray("[prices]\nfixedRates=ETH-USD:-1\n")
                                    << u"[prices] fixedRates"_s;
        QTest::newRow("rate currency")
            << QByteArray("[prices]\nfixedRates=ETH-XYZ:1\n") << u"[prices] fixedRates"_s;
        QTest::newRow("public xpub live") << QByteArray("[live]\nxpub=") + AppConfig::kPublicTestXpub + "\n"
                                          << u"[live] xpub"_s;
        QTest::newRow("allowRemote") << QByteArray("[server]\nallowRemote=maybe\n")
                                     << u"[server] allowRemote"_s;
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
