#include "HardhatNode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Recipient = u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s;
const QString OneEther = u"1000000000000000000"_s;

QString sourceDirectory()
{
#ifdef CRYPTOCHECKOUT_TEST_SOURCE_DIR
    return QString::fromUtf8(CRYPTOCHECKOUT_TEST_SOURCE_DIR);
#else
    return {};
#endif
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

// The PIDs whose parent is pid, and theirs, from /proc.
QList<qint64> descendants(qint64 pid)
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the command may hold spaces and parentheses, so read after the last
        // ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            found << child << descendants(child);
    }
    return found;
}

qint64 timestampOf(const QJsonObject &block)
{
    return HardhatNode::quantityToInt(block[u"timestamp"_s].toString());
}
} // namespace

// The harness every chain test stands on: a real Hardhat node started, paid through, mined, reverted,
// restarted on its port and stopped without leftovers. Every call is bounded by a timeout, the start by 60 s.
class TestHardhatNode : public QObject
{
    Q_OBJECT

    std::unique_ptr<HardhatNode> m_node;
    QString m_account0;

private Q_SLOTS:
    void initTestCase()
    {
        m_node = std::make_unique<HardhatNode>(sourceDirectory());
        QString error;
        QVERIFY2(m_node->start(&error), qPrintable(error));
        qInfo("Hardhat node ready at %s, pid %lld, in %lld ms", qPrintable(m_node->rpcUrl().toString()),
              m_node->pid(), m_node->lastStartMs());
        QVERIFY(m_node->isRunning());
        QVERIFY(m_node->pid() > 0);
        QCOMPARE(m_node->rpcUrl().host(), u"127.0.0.1"_s);
        const QStringList accounts = m_node->accounts();
        QCOMPARE(accounts.size(), 20);
        m_account0 = accounts.first();
        QCOMPARE(m_account0, u"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"_s); // `test test ... junk`, #0
    }

    void cleanup()
    {
        if (m_node && m_node->isRunning())
            m_node->setAutomine(true); // whatever a failed test left behind
    }

    void cleanupTestCase() { m_node.reset(); }

    void missingNodeModulesFailsWithTheFix()
    {
        const QByteArray saved = qgetenv("CRYPTOCHECKOUT_SOURCE_DIR");
        qunsetenv("CRYPTOCHECKOUT_SOURCE_DIR");
        QTemporaryDir emptyCheckout;
        QVERIFY(emptyCheckout.isValid());
        HardhatNode node(emptyCheckout.path());
        QString error;
        const bool started = node.start(&error);
        if (!saved.isNull())
            qputenv("CRYPTOCHECKOUT_SOURCE_DIR", saved);
        QVERIFY(!started);
        QVERIFY2(error.contains(u"npm ci"_s) && error.contains(emptyCheckout.path() + u"/tests"_s),
                 qPrintable(error));
        QVERIFY(!node.isRunning());
        QCOMPARE(node.pid(), 0);
    }

    void hexQuantities_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("hex");
        QTest::newRow("zero") << u"0"_s << u"0x0"_s;
        QTest::newRow("leading zeros") << u"007"_s << u"0x7"_s;
        QTest::newRow("one wei") << u"1"_s << u"0x1"_s;
        QTest::newRow("2^32") << u"4294967296"_s << u"0x100000000"_s;
        QTest::newRow("one ether") << OneEther << u"0xde0b6b3a7640000"_s;
        QTest::newRow("10^30") << u"1000000000000000000000000000000"_s << u"0xc9f2c9cd04674edea40000000"_s;
        QTest::newRow("2^256-1")
            << u"115792089237316195423570985008687907853269984665640564039457584007913129639935"_s
            << u"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"_s;
    }

    void hexQuantities()
    {
        QFETCH(QString, decimal);
        QFETCH(QString, hex);
        QCOMPARE(HardhatNode::toHexQuantity(decimal), hex);
        QCOMPARE(HardhatNode::toDecimal(hex), decimal == u"007"_s ? u"7"_s : decimal);
    }

    void notQuantities()
    {
        QVERIFY(HardhatNode::toHexQuantity(QString()).isEmpty());
        QVERIFY(HardhatNode::toHexQuantity(u"-1"_s).isEmpty());
        QVERIFY(HardhatNode::toHexQuantity(u"1.5"_s).isEmpty());
        QVERIFY(HardhatNode::toHexQuantity(u"1e18"_s).isEmpty());
        QVERIFY(HardhatNode::toHexQuantity(u" 1"_s).isEmpty());
        QVERIFY(HardhatNode::toHexQuantity( // 2^256
                    u"115792089237316195423570985008687907853269984665640564039457584007913129639936"_s)
                    .isEmpty());
        QVERIFY(HardhatNode::toDecimal(u"0x"_s).isEmpty());
        QVERIFY(HardhatNode::toDecimal(u"12"_s).isEmpty());
        QVERIFY(HardhatNode::toDecimal(u"0xg"_s).isEmpty());
        QCOMPARE(HardhatNode::quantityToInt(u"0x1f"_s), 31);
        QCOMPARE(HardhatNode::quantityToInt(u"0xffffffffffffffffff"_s), -1);
        QCOMPARE(HardhatNode::quantityToInt(QString()), -1);
    }

    void chainId()
    {
        QString error;
        QCOMPARE(m_node->call(u"eth_chainId"_s, {}, &error).toString(), u"0x7a69"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_node->call(u"net_version"_s).toString(), u"31337"_s);
    }

    void callErrorsAreReported()
    {
        QString error;
        QVERIFY(m_node->call(u"eth_noSuchMethod"_s, {}, &error).isUndefined());
        QVERIFY2(error.contains(u"eth_noSuchMethod"_s) && error.contains(u"JSON-RPC error"_s),
                 qPrintable(error));
        QCOMPARE(m_node->lastError(), error);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not an amount of wei"_s));
        QVERIFY(m_node->sendEther(m_account0, Recipient, u"-1"_s).isEmpty());
        // A JSON null result is an answer, not an error.
        error.clear();
        const QJsonValue unknown =
            m_node->call(u"eth_getTransactionReceipt"_s, {u"0x"_s + QString(64, u'0')}, &error);
        QVERIFY(unknown.isNull());
        QVERIFY(error.isEmpty());
    }

    void sendEther()
    {
        QCOMPARE(m_node->balance(Recipient), u"0x0"_s);
        const QString tx = m_node->sendEther(m_account0, Recipient, OneEther);
        QVERIFY2(tx.startsWith(u"0x"_s) && tx.size() == 66, qPrintable(m_node->lastError()));
        const QJsonObject receipt = m_node->receipt(tx); // automining: already in a block
        QCOMPARE(receipt[u"status"_s].toString(), u"0x1"_s);
        QCOMPARE(receipt[u"from"_s].toString(), m_account0);
        QCOMPARE(receipt[u"to"_s].toString(), Recipient.toLower());
        QCOMPARE(m_node->balance(Recipient), u"0xde0b6b3a7640000"_s);
        QCOMPARE(HardhatNode::toDecimal(m_node->balance(Recipient)), OneEther);
    }

    void sendsAmountsBeyondDouble()
    {
        const QString payer = m_node->accounts().value(1);
        const QString payee = u"0x1111111111111111111111111111111111111111"_s;
        const QString amount = u"1000000000000000000000000000123"_s; // 10^30 + 123 wei: no double holds it
        m_node->call(u"hardhat_setBalance"_s,
                     {payer, HardhatNode::toHexQuantity(u"1000000000000000000000000000123"_s + u"000"_s)});
        const QString tx = m_node->sendEther(payer, payee, amount);
        QVERIFY2(!tx.isEmpty(), qPrintable(m_node->lastError()));
        QCOMPARE(m_node->receipt(tx)[u"status"_s].toString(), u"0x1"_s);
        QCOMPARE(HardhatNode::toDecimal(m_node->balance(payee)), amount);
    }

    void mineBlocks()
    {
        const qint64 before = m_node->blockNumber();
        QVERIFY(before >= 0);
        m_node->mine(5);
        QCOMPARE(m_node->blockNumber(), before + 5);
        const QJsonObject head = m_node->block(before + 5);
        QCOMPARE(HardhatNode::quantityToInt(head[u"number"_s].toString()), before + 5);
        QCOMPARE(head[u"parentHash"_s].toString(), m_node->block(before + 4)[u"hash"_s].toString());
        QVERIFY(m_node->block(before + 6).isEmpty()); // not mined yet
        m_node->mine(0);                              // nothing
        QCOMPARE(m_node->blockNumber(), before + 5);
    }

    void revertToSnapshotRemovesTransaction()
    {
        const QString id = m_node->snapshot();
        QVERIFY2(!id.isEmpty(), qPrintable(m_node->lastError()));
        const qint64 height = m_node->blockNumber();
        const QString balance = m_node->balance(Recipient);
        const QString tx = m_node->sendEther(m_account0, Recipient, u"12345"_s);
        QVERIFY(!m_node->receipt(tx).isEmpty());
        QCOMPARE(m_node->blockNumber(), height + 1);
        QVERIFY(m_node->balance(Recipient) != balance);

        QVERIFY(m_node->revert(id));
        QCOMPARE(m_node->blockNumber(), height);
        QVERIFY(m_node->receipt(tx).isEmpty());
        QVERIFY(m_node->call(u"eth_getTransactionByHash"_s, {tx}).isNull());
        QCOMPARE(m_node->balance(Recipient), balance);
        QVERIFY(!m_node->revert(id)); // a snapshot is used up by its revert
    }

    void automineOffAndTimestamps()
    {
        const qint64 height = m_node->blockNumber();
        m_node->setAutomine(false);
        const QString tx = m_node->sendEther(m_account0, Recipient, u"1"_s);
        QVERIFY2(!tx.isEmpty(), qPrintable(m_node->lastError()));
        QVERIFY(m_node->receipt(tx).isEmpty()); // pending
        QCOMPARE(m_node->blockNumber(), height);

        const qint64 next = timestampOf(m_node->block(height)) + 3600;
        m_node->setNextBlockTimestamp(next);
        m_node->mine(1);
        QCOMPARE(m_node->blockNumber(), height + 1);
        QCOMPARE(HardhatNode::quantityToInt(m_node->receipt(tx)[u"blockNumber"_s].toString()), height + 1);
        QCOMPARE(timestampOf(m_node->block(height + 1)), next);

        m_node->call(u"evm_increaseTime"_s, {60});
        m_node->call(u"evm_mine"_s);
        QCOMPARE(m_node->blockNumber(), height + 2);
        QVERIFY(timestampOf(m_node->block(height + 2)) >= next + 60);

        m_node->setAutomine(true);
        const QString mined = m_node->sendEther(m_account0, Recipient, u"1"_s);
        QCOMPARE(m_node->receipt(mined)[u"status"_s].toString(), u"0x1"_s);
    }

    void restartKeepsPortWithFreshChain()
    {
        const quint16 port = m_node->port();
        const qint64 oldPid = m_node->pid();
        QVERIFY(m_node->blockNumber() > 0);
        QString error;
        QVERIFY2(m_node->restart(&error), qPrintable(error));
        qInfo("Hardhat node restarted in %lld ms", m_node->lastStartMs());
        QCOMPARE(m_node->port(), port);
        QVERIFY(m_node->pid() > 0);
        QVERIFY(m_node->pid() != oldPid);
        QVERIFY(!processExists(oldPid));
        QCOMPARE(m_node->call(u"eth_chainId"_s).toString(), u"0x7a69"_s);
        QCOMPARE(m_node->blockNumber(), 0); // a restarted Hardhat node starts a new chain
        QCOMPARE(m_node->balance(Recipient), u"0x0"_s);
    }

    void killIsAnOutageUntilStarted()
    {
        const quint16 port = m_node->port();
        const qint64 pid = m_node->pid();
        m_node->kill();
        QVERIFY(!m_node->isRunning());
        QVERIFY(!processExists(pid));
        QString error;
        QVERIFY(m_node->call(u"eth_chainId"_s, {}, &error, 2000).isUndefined());
        QVERIFY2(!error.isEmpty(), "a dead node must not answer");
        QVERIFY2(m_node->start(&error), qPrintable(error));
        QCOMPARE(m_node->port(), port);
        QCOMPARE(m_node->call(u"eth_chainId"_s).toString(), u"0x7a69"_s);
    }

    void startOnATakenPortFailsClearly()
    {
        const quint16 port = m_node->port();
        m_node->stop();
        QTcpServer squatter; // listens, never answers: must not pass for the node
        QVERIFY2(squatter.listen(QHostAddress::LocalHost, port), qPrintable(squatter.errorString()));
        QString error;
        QVERIFY(!m_node->start(&error));
        QVERIFY2(error.contains(u"EADDRINUSE"_s), qPrintable(error));
        QVERIFY(!m_node->isRunning());
        QCOMPARE(m_node->port(), port); // a restarted node keeps its port or fails
        squatter.close();
        QVERIFY2(m_node->start(&error), qPrintable(error));
        QCOMPARE(m_node->port(), port);
    }

    void stopLeavesNoProcess()
    {
        const qint64 pid = m_node->pid();
        const quint16 port = m_node->port();
        QVERIFY(processExists(pid));
        const QList<qint64> children = descendants(pid);
        QElapsedTimer clock;
        clock.start();
        m_node->stop();
        qInfo("Hardhat node stopped in %lld ms", clock.elapsed());
        QVERIFY(!m_node->isRunning());
        QCOMPARE(m_node->pid(), 0);
        QVERIFY(!processExists(pid));
        QVERIFY(!QFileInfo::exists(u"/proc/%1"_s.arg(pid)));
        for (const qint64 child : children)
            QVERIFY2(!processExists(child), qPrintable(u"child %1 of the node survived"_s.arg(child)));
        QTcpServer probe; // the port is free again
        QVERIFY2(probe.listen(QHostAddress::LocalHost, port), qPrintable(probe.errorString()));
        m_node->stop(); // a second stop does nothing
    }
};

QTEST_GUILESS_MAIN(TestHardhatNode)
#include "tst_hardhatnode.moc"
