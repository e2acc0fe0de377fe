#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run()
    {
        auto parsed = CommandLine::parse({});
        QVERIFY(parsed);
        QCOMPARE(parsed->action, CommandLine::Action::Run);
        QVERIFY(!parsed->headless);

        parsed =
            CommandLine::parse({u"--data-dir"_s, u"/tmp/x"_s, u"--listen=127.0.0.1:9000"_s, u"--headless"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->dataDir, u"/tmp/x"_s);
        QCOMPARE(parsed->listen, u"127.0.0.1:9000"_s);
        QCOMPARE(CommandLine::parse({u"--config"_s, u"/etc/cryptocheckout/config.ini"_s})->configFile,
                 u"/etc/cryptocheckout/config.ini"_s);
        QVERIFY(parsed->headless);
    }

    void keys()
    {
        auto parsed =
            CommandLine::parse({u"keys"_s, u"create"_s, u"--mode"_s, u"live"_s, u"--name"_s, u"Shop"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->action, CommandLine::Action::KeysCreate);
        QVERIFY(parsed->livemode);
        QCOMPARE(parsed->keyName, u"Shop"_s);

        parsed = CommandLine::parse(
            {u"keys"_s, u"create"_s, u"--mode=test"_s, u"--read-only"_s, u"--data-dir"_s, u"d"_s});
        QVERIFY(parsed);
        QVERIFY(!parsed->livemode);
        QVERIFY(parsed->readOnly);

        parsed = CommandLine::parse({u"keys"_s, u"list"_s});
        QCOMPARE(parsed->action, CommandLine::Action::KeysList);
        // keys find the database through the configuration ([database] url)
        parsed = CommandLine::parse({u"keys"_s, u"list"_s, u"--config"_s, u"/etc/x.ini"_s});
        QCOMPARE(parsed->action, CommandLine::Action::KeysList);
        QCOMPARE(parsed->configFile, u"/etc/x.ini"_s);
        parsed = CommandLine::parse({u"db"_s, u"copy"_s, u"--to"_s, u"postgresql://u:p@db:5432/shop"_s});
        QCOMPARE(parsed->action, CommandLine::Action::DbCopy);
        QCOMPARE(parsed->to, u"postgresql://u:p@db:5432/shop"_s);
        // without --to: the URL comes from CRYPTOCHECKOUT_DATABASE_URL, off the command line
        parsed = CommandLine::parse({u"db"_s, u"copy"_s, u"--data-dir"_s, u"/srv/shop"_s});
        QCOMPARE(parsed->action, CommandLine::Action::DbCopy);
        QVERIFY(parsed->to.isEmpty());
        parsed = CommandLine::parse({u"keys"_s, u"revoke"_s, u"key_abc"_s});
        QCOMPARE(parsed->action, CommandLine::Action::KeysRevoke);
        QCOMPARE(parsed->keyId, u"key_abc"_s);
    }

    void moneyCommands()
    {
        auto parsed = CommandLine::parse(
            {u"collect"_s, u"--mode"_s, u"live"_s, u"--to"_s, u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s,
             u"--chain"_s, u"8453"_s, u"--passphrase"_s, u"--yes"_s, u"--max-fee-per-gas"_s, u"30"_s});
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->action, CommandLine::Action::Collect);
        QVERIFY(parsed->livemode && parsed->yes && parsed->passphrase);
        QCOMPARE(parsed->chainId, 8453);
        QCOMPARE(parsed->maxFeePerGas, u"30"_s);
        QCOMPARE(parsed->to, u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s);
        parsed = CommandLine::parse({u"collect"_s, u"--mode=test"_s, u"--to=0xabc"_s});
        QCOMPARE(parsed->action, CommandLine::Action::Collect);
        QVERIFY(!parsed->livemode && !parsed->yes && parsed->chainId == 0);

        parsed = CommandLine::parse({u"export"_s});
        QCOMPARE(parsed->action, CommandLine::Action::Export);
        QVERIFY(parsed->livemode); // the books are about real money unless asked
        QCOMPARE(parsed->format, u"csv"_s);
        parsed = CommandLine::parse({u"export"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s,
                                     u"--format"_s, u"json"_s, u"--mode"_s, u"test"_s});
        QCOMPARE(parsed->action, CommandLine::Action::Export);
        QCOMPARE(parsed->from, u"2026-11-01"_s);
        QCOMPARE(parsed->to, u"2026-11-30"_s);
        QCOMPARE(parsed->format, u"json"_s);
        QVERIFY(!parsed->livemode);
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{u"--verbose"_s};
        QTest::newRow("collect without mode") << QStringList{u"collect"_s, u"--to"_s, u"0xabc"_s};
        QTest::newRow("collect without to") << QStringList{u"collect"_s, u"--mode"_s, u"live"_s};
        QTest::newRow("collect bad chain") << QStringList{u"collect"_s, u"--mode"_s,  u"live"_s,   u"--to"_s,
                                                          u"0xa"_s,     u"--chain"_s, u"mainnet"_s};
        QTest::newRow("collect zero chain")
            << QStringList{u"collect"_s, u"--mode"_s, u"live"_s, u"--to"_s, u"0xa"_s, u"--chain"_s, u"0"_s};
        QTest::newRow("collect with format") << QStringList{u"collect"_s, u"--mode"_s,   u"live"_s, u"--to"_s,
                                                            u"0xa"_s,     u"--format"_s, u"csv"_s};
        QTest::newRow("fee cap outside collect") << QStringList{u"export"_s, u"--max-fee-per-gas"_s, u"3"_s};
        QTest::newRow("yes outside collect") << QStringList{u"keys"_s, u"list"_s, u"--yes"_s};
        QTest::newRow("export bad format") << QStringList{u"export"_s, u"--format"_s, u"xlsx"_s};
        QTest::newRow("export with yes") << QStringList{u"export"_s, u"--yes"_s};
        QTest::newRow("export extra") << QStringList{u"export"_s, u"now"_s};
        QTest::newRow("from outside export") << QStringList{u"--from"_s, u"2026-01-01"_s};
        QTest::newRow("missing value") << QStringList{u"--data-dir"_s};
        QTest::newRow("value is an option") << QStringList{u"--listen"_s, u"--headless"_s};
        QTest::newRow("unknown command") << QStringList{u"serve"_s};
        QTest::newRow("keys alone") << QStringList{u"keys"_s};
        QTest::newRow("keys unknown") << QStringList{u"keys"_s, u"rotate"_s};
        QTest::newRow("create without mode") << QStringList{u"keys"_s, u"create"_s};
        QTest::newRow("create bad mode") << QStringList{u"keys"_s, u"create"_s, u"--mode"_s, u"prod"_s};
        QTest::newRow("revoke without id") << QStringList{u"keys"_s, u"revoke"_s};
        QTest::newRow("revoke two ids") << QStringList{u"keys"_s, u"revoke"_s, u"a"_s, u"b"_s};
        QTest::newRow("list with mode") << QStringList{u"keys"_s, u"list"_s, u"--mode"_s, u"test"_s};
        QTest::newRow("mode without keys") << QStringList{u"--mode"_s, u"test"_s};
        QTest::newRow("headless on keys") << QStringList{u"keys"_s, u"list"_s, u"--headless"_s};
        QTest::newRow("to without db copy") << QStringList{u"--to"_s, u"postgresql://u@h/d"_s};
        QTest::newRow("to on keys") << QStringList{u"keys"_s, u"list"_s, u"--to"_s, u"postgresql://u@h/d"_s};
        QTest::newRow("db alone") << QStringList{u"db"_s};
        QTest::newRow("db unknown") << QStringList{u"db"_s, u"move"_s};
        QTest::newRow("db copy with listen") << QStringList{
            u"db"_s, u"copy"_s, u"--to"_s, u"postgresql://u@h/d"_s, u"--listen"_s, u"1.2.3.4:5"_s};
        QTest::newRow("db copy extra")
            << QStringList{u"db"_s, u"copy"_s, u"x"_s, u"--to"_s, u"postgresql://u@h/d"_s};
        QTest::newRow("config without a file") << QStringList{u"--config"_s};
        QTest::newRow("flag with value") << QStringList{u"--headless=yes"_s};
    }
    void rejects()
    {
        QFETCH(QStringList, arguments);
        const auto parsed = CommandLine::parse(arguments);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
    }

    void help()
    {
        QCOMPARE(CommandLine::parse({u"--help"_s})->action, CommandLine::Action::Help);
        QVERIFY(CommandLine::usage().contains(u"keys create --mode test|live"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
