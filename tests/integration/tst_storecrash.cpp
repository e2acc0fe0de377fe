#include "Storage.h"
#include "TestDataDir.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// Kills a writer with SIGKILL in the middle of a stream of transactions, then checks that the database
// opens, is consistent, and holds everything the writer had been told was committed.
class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkill_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("later") << 60;
        QTest::newRow("much later") << 200;
    }
    void survivesSigkill()
    {
        QFETCH(int, killAfter);
        TestDataDir dir;
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationDirPath() + u"/store_writer"_s);
        writer.setArguments({dir.databaseLocation()});
        writer.start();
        QVERIFY(writer.waitForStarted(10000));

        qint64 lastCreated = -1;
        qint64 lastExpired = -1;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (lastCreated < killAfter && timer.elapsed() < 60000) {
            if (!writer.waitForReadyRead(10000))
                break;
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                const qint64 number = line.mid(line.indexOf(' ') + 1).toLongLong();
                if (line.startsWith("created "))
                    lastCreated = number;
                else if (line.startsWith("expired "))
                    lastExpired = number;
            }
        }
        QVERIFY2(lastCreated >= killAfter, writer.readAllStandardError().constData());
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        Storage store;
        store.open(dir.databaseLocation());
        QVERIFY(store.db().integrityCheck());
        // Everything reported as committed is there.
        for (qint64 i = 0; i <= lastCreated; ++i)
            QVERIFY2(store.sessions().byId(u"cs_crash_%1"_s.arg(i)), qPrintable(u"session %1 lost"_s.arg(i)));
        for (qint64 i = 0; i <= lastExpired; ++i)
            QCOMPARE(store.sessions().byId(u"cs_crash_%1"_s.arg(i))->status, SessionStatus::Expired);

        // And it is consistent: every session has its creation event, every status change its event, and
        // no address index was handed out twice.
        QSqlQuery query(store.db().connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE "
                           "e.session_id = s.id AND e.type = 'session.created')"_s) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(
            query.exec(
                u"SELECT COUNT(*) FROM sessions s WHERE s.status = 'expired' AND NOT EXISTS (SELECT 1 FROM "
                "events e WHERE e.session_id = s.id AND e.type = 'session.expired')"_s) &&
            query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(
            query.exec(
                u"SELECT COUNT(*) FROM events e WHERE e.type = 'session.expired' AND NOT EXISTS (SELECT 1 "
                "FROM sessions s WHERE s.id = e.session_id AND s.status = 'expired')"_s) &&
            query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(
                    u"SELECT COUNT(*), COUNT(DISTINCT address_index), MAX(address_index) FROM sessions"_s) &&
                query.next());
        QCOMPARE(query.value(0).toLongLong(), query.value(1).toLongLong());
        QVERIFY(query.exec(u"SELECT next_index FROM address_indexes WHERE xpub_fingerprint = 'crash'"_s) &&
                query.next());
        QCOMPARE(query.value(0).toLongLong(), store.sessions().count());
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
