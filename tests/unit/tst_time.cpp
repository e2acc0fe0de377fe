// The hand-written ISO 8601 formatter against QDateTime's, and the round trip through the parser.
#include "Time.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTime : public QObject
{
    Q_OBJECT

private:
    static QString qtText(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void knownInstants_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("leap day 2000") << qint64(951'782'400'123) << u"2000-02-29T00:00:00.123Z"_s;
        QTest::newRow("end of 1999") << qint64(946'684'799'999) << u"1999-12-31T23:59:59.999Z"_s;
        QTest::newRow("2100 has no leap day") << qint64(4'107'542'400'000) << u"2100-03-01T00:00:00.000Z"_s;
        QTest::newRow("last of 9999") << qint64(253'402'300'799'999) << u"9999-12-31T23:59:59.999Z"_s;
        QTest::newRow("year 10000 (QDateTime)") << qint64(253'402'300'800'000) << qtText(253'402'300'800'000);
        QTest::newRow("before 1970 (QDateTime)") << qint64(-1) << u"1969-12-31T23:59:59.999Z"_s;
    }
    void knownInstants()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(isoTimestamp(ms), text);
        if (ms < 253'402'300'800'000) // Qt writes year 10000 as "+10000-…", which it does not read back
            QCOMPARE(parseIsoTimestamp(text), std::optional<qint64>(ms));
    }

    void agreesWithQDateTime()
    {
        // Every day boundary of 1970–2400 once, and 100,000 random instants up to 9999.
        constexpr qint64 kDay = 86'400'000;
        for (qint64 ms = 0; ms < 13'569'465'600'000; ms += kDay) {
            if (isoTimestamp(ms) != qtText(ms) || isoTimestamp(ms + kDay - 1) != qtText(ms + kDay - 1))
                QFAIL(qPrintable(u"%1: %2 != %3"_s.arg(ms).arg(isoTimestamp(ms), qtText(ms))));
        }
        QRandomGenerator random(20261203);
        for (int i = 0; i < 100'000; ++i) {
            const auto ms = static_cast<qint64>(random.bounded(quint64(253'402'300'800'000)));
            if (isoTimestamp(ms) != qtText(ms))
                QFAIL(qPrintable(u"%1: %2 != %3"_s.arg(ms).arg(isoTimestamp(ms), qtText(ms))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
