#include "Money.h"
#include "PaymentReport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The books' pure parts: CSV per RFC 4180 with formula neutralising, the date range, and a payment's fiat
// value at the locked rate (integers only).
class TestPaymentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesWhatNeedsIt()
    {
        PaymentReportRow row;
        row.timeMs = 1'764'547'200'000; // 2025-12-01T00:00:00Z
        row.sessionId = u"cs_1"_s;
        row.sessionStatus = u"paid"_s;
        row.fiatAmount = u"30.00"_s;
        row.fiatCurrency = u"EUR"_s;
        row.cryptoAmount = u"0.01"_s;
        row.asset = u"ETH"_s;
        row.orderId = u"Café, \"Zoë\"\nline two"_s;
        PaymentReportRow formula = row;
        formula.orderId = u"=1+2"_s;
        formula.counted = false;
        const QByteArray csv = paymentreport::toCsv({row, formula});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(csv.startsWith("time,sessionId,sessionStatus,livemode,fiatAmount,"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(lines[1].startsWith("2025-12-01T00:00:00Z,cs_1,paid,false,30.00,EUR,"));
        QVERIFY(csv.contains(u"\"Café, \"\"Zoë\"\"\nline two\""_s.toUtf8()));
        QVERIFY(csv.contains(",'=1+2,false\r\n"));
        QCOMPARE(paymentreport::columns().size(), 18);
        QCOMPARE(paymentreport::toCsv({}).count("\r\n"), 1); // the header alone
    }

    void times()
    {
        QCOMPARE(*paymentreport::parseTime(u"2026-11-01"_s, false), 1'793'491'200'000);
        QCOMPARE(*paymentreport::parseTime(u"2026-11-01"_s, true), 1'793'491'200'000 + 86'400'000);
        QCOMPARE(*paymentreport::parseTime(u"2026-11-01T01:00:00+01:00"_s, false), 1'793'491'200'000);
        QCOMPARE(*paymentreport::parseTime(u"2026-11-01T00:00:00.250Z"_s, false), 1'793'491'200'250);
        for (const QString &bad : {u"2026-02-30"_s, u"yesterday"_s, u"2026-11-01T00:00:00"_s, u""_s,
                                   u"2026-11-01 00:00:00Z"_s, u"1761955200"_s})
            QVERIFY2(!paymentreport::parseTime(bad, false), qPrintable(bad));
        const auto defaults = paymentreport::range({}, {}, 1'793'491'200'000 + 3'600'000);
        QCOMPARE(defaults->toMs, 1'793'491'200'000 + 86'400'000);
        QCOMPARE(defaults->toMs - defaults->fromMs, 30LL * 86'400'000);
        QCOMPARE(paymentreport::range(u"x"_s, {}, 0).param(), u"from"_s);
        QCOMPARE(paymentreport::range({}, u"x"_s, 0).param(), u"to"_s);
    }

    void fiatValueAtTheLockedRate()
    {
        const auto eth = *parseExchangeRate(u"ETH"_s, u"USD"_s, u"3012.40"_s);
        QCOMPARE(
            convertBaseUnitsToFiat(*UInt256::fromDecimal("10000000000000000"), eth, 18)->toDecimalString(),
            u"30.12"_s); // 30.124 rounds down
        QCOMPARE(convertBaseUnitsToFiat(*UInt256::fromDecimal("10000000000000000"),
                                        *parseExchangeRate(u"ETH"_s, u"USD"_s, u"3012.50"_s), 18)
                     ->toDecimalString(),
                 u"30.13"_s); // 30.125 rounds half up
        const auto yen = *parseExchangeRate(u"USDC"_s, u"JPY"_s, u"150.5"_s);
        QCOMPARE(convertBaseUnitsToFiat(UInt256(1'000'000), yen, 6)->toDecimalString(), u"151"_s);
        QVERIFY(!convertBaseUnitsToFiat(UInt256::max(), eth, 18)); // beyond any ledger
        QCOMPARE(convertBaseUnitsToFiat(UInt256(0), eth, 18)->minor, 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentReport)
#include "tst_paymentreport.moc"
