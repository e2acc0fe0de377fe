#include "Erc20Transfer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s;
const QString kFromTopic = u"0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"_s;
const QString kToTopic = u"0x0000000000000000000000009858effd232b4033e47d90003d41ec34ecaeda94"_s;
const QString kTx = u"0x"_s + QString(64, u'a');
const QString kBlock = u"0x"_s + QString(64, u'B');

// A Transfer of 30 USDC (30000000 units) as eth_getLogs returns it.
QJsonObject goodLog()
{
    return {{u"address"_s, kToken},
            {u"topics"_s, QJsonArray{erc20::transferTopic(), kFromTopic, kToTopic}},
            {u"data"_s, u"0x"_s + QString::number(30'000'000, 16).rightJustified(64, u'0')},
            {u"blockNumber"_s, u"0x1b4"_s},
            {u"blockHash"_s, kBlock},
            {u"transactionHash"_s, kTx},
            {u"transactionIndex"_s, u"0x0"_s},
            {u"logIndex"_s, u"0x3"_s},
            {u"removed"_s, false}};
}
} // namespace

// The chain watcher's reading of ERC-20 Transfer logs: a node's answer is input, checked field by field.
class TestErc20Transfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicIsTheEventSignature()
    {
        QCOMPARE(erc20::transferTopic(),
                 u"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"_s);
    }

    void parsesATransfer()
    {
        const auto transfer = erc20::parseTransferLog(goodLog());
        QVERIFY2(transfer, qPrintable(transfer.error()));
        QCOMPARE(transfer->contract, kToken.toLower());
        QCOMPARE(transfer->from, u"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"_s);
        QCOMPARE(transfer->to, u"0x9858effd232b4033e47d90003d41ec34ecaeda94"_s);
        QCOMPARE(transfer->amount, UInt256{30'000'000});
        QCOMPARE(transfer->txHash, kTx);
        QCOMPARE(transfer->blockHash, kBlock.toLower());
        QCOMPARE(transfer->blockNumber, 436);
        QCOMPARE(transfer->logIndex, 3);
        QVERIFY(!transfer->removed);

        QJsonObject removed = goodLog();
        removed[u"removed"_s] = true;
        QVERIFY(erc20::parseTransferLog(removed)->removed);

        // The largest amount a uint256 holds.
        QJsonObject huge = goodLog();
        huge[u"data"_s] = u"0x"_s + QString(64, u'f');
        QCOMPARE(erc20::parseTransferLog(huge)->amount, UInt256::max());
    }

    void rejectsMalformedLogs_data()
    {
        QTest::addColumn<QJsonValue>("log");
        QTest::addColumn<QString>("reason");
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject log = goodLog();
            if (value.isUndefined())
                log.remove(key);
            else
                log[key] = value;
            return QJsonValue(log);
        };
        QTest::newRow("not an object") << QJsonValue(u"0x"_s) << u"not a JSON object"_s;
        QTest::newRow("address short") << with(u"address"_s, u"0x1234"_s) << u"contract address"_s;
        QTest::newRow("address non-hex")
            << with(u"address"_s, u"0x"_s + QString(40, u'g')) << u"contract address"_s;
        QTest::newRow("tx hash missing")
            << with(u"transactionHash"_s, QJsonValue::Undefined) << u"transaction or block hash"_s;
        QTest::newRow("block hash short")
            << with(u"blockHash"_s, u"0xabc"_s) << u"transaction or block hash"_s;
        QTest::newRow("block number text") << with(u"blockNumber"_s, u"twelve"_s) << u"block number"_s;
        QTest::newRow("log index number") << with(u"logIndex"_s, 3) << u"log index"_s;
        QTest::newRow("two topics") << with(u"topics"_s, QJsonArray{erc20::transferTopic(), kFromTopic})
                                    << u"not an ERC-20 Transfer"_s;
        QTest::newRow("ERC-721 four topics")
            << with(u"topics"_s, QJsonArray{erc20::transferTopic(), kFromTopic, kToTopic, kFromTopic})
            << u"not an ERC-20 Transfer"_s;
        QTest::newRow("other event") << with(u"topics"_s, QJsonArray{kFromTopic, kFromTopic, kToTopic})
                                     << u"not an ERC-20 Transfer"_s;
        QTest::newRow("topic not padded")
            << with(u"topics"_s, QJsonArray{erc20::transferTopic(), kFromTopic, u"0x1"_s + kToTopic.mid(3)})
            << u"not an address"_s;
        QTest::newRow("topic short") << with(u"topics"_s,
                                             QJsonArray{erc20::transferTopic(), kFromTopic, u"0x00"_s})
                                     << u"not an address"_s;
        QTest::newRow("data empty") << with(u"data"_s, u"0x"_s) << u"one 32-byte amount"_s;
        QTest::newRow("data long") << with(u"data"_s, u"0x"_s + QString(128, u'0'))
                                   << u"one 32-byte amount"_s;
        QTest::newRow("data non-hex")
            << with(u"data"_s, u"0x"_s + QString(63, u'0') + u"z"_s) << u"one 32-byte amount"_s;
        QTest::newRow("data number") << with(u"data"_s, 30000000) << u"one 32-byte amount"_s;
    }
    void rejectsMalformedLogs()
    {
        QFETCH(QJsonValue, log);
        QFETCH(QString, reason);
        const auto transfer = erc20::parseTransferLog(log);
        QVERIFY(!transfer);
        QVERIFY2(transfer.error().contains(reason), qPrintable(transfer.error()));
    }
};

QTEST_GUILESS_MAIN(TestErc20Transfer)
#include "tst_erc20transfer.moc"
