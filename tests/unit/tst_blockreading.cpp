#include "BlockReading.h"
#include "Erc20Transfer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s;
const QString kSession = u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s; // a watched deposit address
const QString kOther = u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s;
const QString kFromTopic = u"0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"_s;
const QString kToTopic = u"0x0000000000000000000000009858effd232b4033e47d90003d41ec34ecaeda94"_s;

QString hash(QChar c)
{
    return u"0x"_s + QString(64, c);
}

QJsonObject block(qint64 number, const QJsonArray &transactions)
{
    return {{u"number"_s, u"0x%1"_s.arg(number, 0, 16)},
            {u"hash"_s, hash(u'B')},
            {u"parentHash"_s, hash(u'a')},
            {u"timestamp"_s, u"0x64"_s},
            {u"transactions"_s, transactions}};
}

QJsonObject transfer(const QString &to, const QString &weiHex, QChar hashChar = u'1')
{
    return {{u"to"_s, to}, {u"from"_s, kOther}, {u"value"_s, weiHex}, {u"hash"_s, hash(hashChar)}};
}

QJsonObject log(qint64 blockNumber, const QString &blockHash, const QString &contract = kToken)
{
    return {{u"address"_s, contract},
            {u"topics"_s, QJsonArray{erc20::transferTopic(), kFromTopic, kToTopic}},
            {u"data"_s, u"0x"_s + QString::number(30'000'000, 16).rightJustified(64, u'0')},
            {u"blockNumber"_s, u"0x%1"_s.arg(blockNumber, 0, 16)},
            {u"blockHash"_s, blockHash},
            {u"transactionHash"_s, hash(u'c')},
            {u"transactionIndex"_s, u"0x0"_s},
            {u"logIndex"_s, u"0x3"_s},
            {u"removed"_s, false}};
}

ChainConfig chain()
{
    ChainConfig config;
    config.chainId = 31337;
    config.name = u"Local"_s;
    config.symbol = u"ETH"_s;
    config.tokens = {TokenConfig{u"USDC"_s, kToken, 6, u"USD"_s}};
    return config;
}
} // namespace

// The chain watcher's reading of blocks and logs, on answers as a node gives them: what pays a watched
// session, and what is refused as malformed.
class TestBlockReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesABlock()
    {
        QString error;
        const auto parsed = parseBlock(block(436, {}), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->number, 436);
        QCOMPARE(parsed->hash, hash(u'B').toLower());
        QCOMPARE(parsed->timestampMs, 100'000);

        QVERIFY(!parseBlock(QJsonValue(), &error));
        QVERIFY(error.contains(u"no block"_s));
        QJsonObject broken = block(1, {});
        broken[u"hash"_s] = u"0x12"_s;
        QVERIFY(!parseBlock(broken, &error));
        QVERIFY(error.contains(u"malformed"_s));
    }

    void nativeTransfersToWatchedAddressesOnly()
    {
        TransferMatcher matcher(chain());
        matcher.watch(u"cs_1"_s, kSession, false);
        QString error;
        const auto parsed = parseBlock(block(7, {transfer(kSession.toLower(), u"0x2a"_s), // watched: pays
                                                 transfer(kOther, u"0x10"_s, u'2'),       // not watched
                                                 transfer(kSession, u"0x0"_s, u'3')}),    // nothing moved
                                       &error);
        QVERIFY(parsed);
        QList<Payment> payments;
        QVERIFY2(matcher.nativeTransfers(*parsed, 5, &payments, &error), qPrintable(error));
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments[0].sessionId, u"cs_1"_s);
        QCOMPARE(payments[0].amount, UInt256{42});
        QCOMPARE(payments[0].blockNumber, 7);
        QCOMPARE(payments[0].assetSymbol, u"ETH"_s);
        QCOMPARE(payments[0].seenAtMs, 5);

        // A malformed value to a watched address is an error, not a payment of zero.
        const auto malformed = parseBlock(block(8, {transfer(kSession, u"lots"_s)}), &error);
        payments.clear();
        QVERIFY(!matcher.nativeTransfers(*malformed, 5, &payments, &error));
        QVERIFY(error.contains(u"malformed value"_s));

        matcher.clear();
        QVERIFY(matcher.nativeTransfers(*parsed, 5, &payments, &error));
        QVERIFY(payments.isEmpty());
    }

    void tokenTransfersNeedATokenSessionAndTheirBlock()
    {
        TransferMatcher matcher(chain());
        QVERIFY(!matcher.wantsLogs()); // no token session watched: no eth_getLogs
        matcher.watch(u"cs_usdc"_s, kSession, true);
        QVERIFY(matcher.wantsLogs());
        QCOMPARE(matcher.tokenContracts(), QJsonArray{kToken.toLower()});

        QString error;
        const QList<ScannedBlock> blocks{*parseBlock(block(436, {}), &error)};
        QList<Payment> payments;
        QVERIFY2(
            matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(436, hash(u'B'))}, 9, &payments, &error),
            qPrintable(error));
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments[0].sessionId, u"cs_usdc"_s);
        QCOMPARE(payments[0].amount, UInt256{30'000'000});
        QCOMPARE(payments[0].assetSymbol, u"USDC"_s);
        QCOMPARE(payments[0].assetDecimals, 6u);
        QCOMPARE(payments[0].tokenContract, kToken.toLower());

        // Another contract's Transfer (the node ignored the filter) pays nothing.
        payments.clear();
        QVERIFY(matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(436, hash(u'B'), kOther)}, 9,
                                       &payments, &error));
        QVERIFY(payments.isEmpty());
        // A log of another block than the one read: a reorganisation under the scan.
        QVERIFY(!matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(436, hash(u'd'))}, 9, &payments,
                                        &error));
        QVERIFY(error.contains(u"reorg"_s));
        // A log outside the range asked for, and an answer that is no list, are errors.
        QVERIFY(!matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(437, hash(u'B'))}, 9, &payments,
                                        &error));
        QVERIFY(error.contains(u"436 to 436"_s));
        QVERIFY(!matcher.tokenTransfers(blocks, 436, 436, QJsonObject{}, 9, &payments, &error));
        QVERIFY(payments.isEmpty());
    }

    // A pending refund's address: native and token transfers to it come out without a session, for the
    // checkout service to match; a deposit address watched for a session stays the session's.
    void refundAddressesYieldTransfersWithoutSession()
    {
        TransferMatcher matcher(chain());
        matcher.watchRefund(kOther, false);
        QVERIFY(!matcher.wantsLogs()); // a native refund needs no logs
        QString error;
        const auto parsed = parseBlock(block(9, {transfer(kOther.toLower(), u"0x2a"_s)}), &error);
        QList<Payment> payments;
        QVERIFY(matcher.nativeTransfers(*parsed, 5, &payments, &error));
        QCOMPARE(payments.size(), 1);
        QVERIFY(payments[0].sessionId.isEmpty());
        QCOMPARE(payments[0].toAddress, kOther.toLower());
        QCOMPARE(payments[0].amount, UInt256{42});

        // A token refund to the address the log pays.
        matcher.clear();
        matcher.watchRefund(kSession, true);
        QVERIFY(matcher.wantsLogs());
        const QList<ScannedBlock> blocks{*parseBlock(block(436, {}), &error)};
        payments.clear();
        QVERIFY(
            matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(436, hash(u'B'))}, 9, &payments, &error));
        QCOMPARE(payments.size(), 1);
        QVERIFY(payments[0].sessionId.isEmpty());
        QCOMPARE(payments[0].toAddress, kSession.toLower());
        QCOMPARE(payments[0].logIndex, 3);

        // Watched for a session as well: the session's.
        matcher.watch(u"cs_1"_s, kSession, true);
        payments.clear();
        QVERIFY(
            matcher.tokenTransfers(blocks, 436, 436, QJsonArray{log(436, hash(u'B'))}, 9, &payments, &error));
        QCOMPARE(payments[0].sessionId, u"cs_1"_s);
    }
};

QTEST_APPLESS_MAIN(TestBlockReading)
#include "tst_blockreading.moc"
