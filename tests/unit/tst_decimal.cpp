#include "Decimal.h"

#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QByteArray>("scaled");
        QTest::newRow("seed example") << QByteArray("99.00") << 2 << QByteArray("9900");
        QTest::newRow("whole") << QByteArray("99") << 2 << QByteArray("9900");
        QTest::newRow("one decimal") << QByteArray("12.5") << 2 << QByteArray("1250");
        QTest::newRow("cent") << QByteArray("0.01") << 2 << QByteArray("1");
        QTest::newRow("yen") << QByteArray("1500") << 0 << QByteArray("1500");
        QTest::newRow("dinar") << QByteArray("1.005") << 3 << QByteArray("1005");
        QTest::newRow("15 digits") << QByteArray("9999999999999.99") << 2 << QByteArray("999999999999999");
    }
    void accepts()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, decimals);
        QFETCH(QByteArray, scaled);
        const auto parsed = decimal::parse(text.toStdString(), {static_cast<unsigned>(decimals), 15, false});
        QVERIFY2(parsed.ok(), decimal::describe(parsed.error, {}).c_str());
        QCOMPARE(QByteArray::fromStdString(parsed.scaled.toDecimal()), scaled);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("error");
        using E = decimal::Error;
        QTest::newRow("empty") << QByteArray("") << 2 << int(E::Empty);
        QTest::newRow("negative") << QByteArray("-1.00") << 2 << int(E::Negative);
        QTest::newRow("plus") << QByteArray("+1.00") << 2 << int(E::Sign);
        QTest::newRow("zero") << QByteArray("0") << 2 << int(E::Zero);
        QTest::newRow("zero decimals") << QByteArray("0.00") << 2 << int(E::Zero);
        QTest::newRow("exponent") << QByteArray("1e3") << 2 << int(E::Exponent);
        QTest::newRow("exponent upper") << QByteArray("1E3") << 2 << int(E::Exponent);
        QTest::newRow("too many decimals") << QByteArray("1.001") << 2 << int(E::TooManyDecimals);
        QTest::newRow("yen with cents") << QByteArray("10.5") << 0 << int(E::TooManyDecimals);
        QTest::newRow("16 digits") << QByteArray("1000000000000000") << 2 << int(E::TooManyDigits);
        QTest::newRow("16 digits with fraction")
            << QByteArray("99999999999999.99") << 2 << int(E::TooManyDigits);
        QTest::newRow("leading space") << QByteArray(" 1.00") << 2 << int(E::Whitespace);
        QTest::newRow("trailing space") << QByteArray("1.00 ") << 2 << int(E::Whitespace);
        QTest::newRow("inner space") << QByteArray("1 000") << 2 << int(E::Whitespace);
        QTest::newRow("tab") << QByteArray("1\t") << 2 << int(E::Whitespace);
        QTest::newRow("newline") << QByteArray("1\n") << 2 << int(E::Whitespace);
        QTest::newRow("nul") << QByteArray("1\0", 2) << 2 << int(E::Whitespace);
        QTest::newRow("nbsp") << QByteArray("1\xc2\xa0") << 2 << int(E::Whitespace);
        QTest::newRow("arabic digit") << QByteArray("\xd9\xa1") << 2 << int(E::Whitespace);
        QTest::newRow("fullwidth digit") << QByteArray("\xef\xbc\x91") << 2 << int(E::Whitespace);
        QTest::newRow("comma") << QByteArray("1,00") << 2 << int(E::NotANumber);
        QTest::newRow("two points") << QByteArray("1.0.0") << 2 << int(E::NotANumber);
        QTest::newRow("hex") << QByteArray("0x10") << 2 << int(E::NotANumber);
        QTest::newRow("nan") << QByteArray("NaN") << 2 << int(E::NotANumber);
        QTest::newRow("infinity") << QByteArray("Infinity") << 2 << int(E::NotANumber);
        QTest::newRow("leading point") << QByteArray(".5") << 2 << int(E::MissingDigits);
        QTest::newRow("trailing point") << QByteArray("5.") << 2 << int(E::MissingDigits);
        QTest::newRow("leading zero") << QByteArray("007") << 2 << int(E::LeadingZero);
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, decimals);
        QFETCH(int, error);
        const auto parsed =
            decimal::parse(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                           {static_cast<unsigned>(decimals), 15, false});
        QCOMPARE(int(parsed.error), error);
        QVERIFY(parsed.scaled.isZero());
        QVERIFY(!decimal::describe(parsed.error, {static_cast<unsigned>(decimals), 15, false}).empty());
    }

    void allowZero()
    {
        QVERIFY(decimal::parse("0", {2, 5, true}).ok());
        QVERIFY(decimal::parse("0.5", {2, 5, true}).ok());
    }

    void format_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("trim");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("eth") << QByteArray("33000000000000000") << 18 << true << QByteArray("0.033");
        QTest::newRow("one eth") << QByteArray("1000000000000000000") << 18 << true << QByteArray("1");
        QTest::newRow("smallest display")
            << QByteArray("10000000000") << 18 << true << QByteArray("0.00000001");
        QTest::newRow("one wei") << QByteArray("1") << 18 << true << QByteArray("0.000000000000000001");
        QTest::newRow("zero") << QByteArray("0") << 18 << true << QByteArray("0");
        QTest::newRow("fiat") << QByteArray("9900") << 2 << false << QByteArray("99.00");
        QTest::newRow("cent") << QByteArray("5") << 2 << false << QByteArray("0.05");
        QTest::newRow("yen") << QByteArray("1500") << 0 << false << QByteArray("1500");
    }
    void format()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, decimals);
        QFETCH(bool, trim);
        QFETCH(QByteArray, expected);
        const auto number = UInt256::fromDecimal(value.toStdString());
        QCOMPARE(QByteArray::fromStdString(decimal::format(*number, static_cast<unsigned>(decimals), trim)),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
