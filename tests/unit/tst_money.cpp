#include "Money.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFiat()
    {
        auto usd = parseFiatAmount(u"99.00"_s, u"USD"_s);
        QVERIFY(usd);
        QCOMPARE(usd->minor, 9900);
        QCOMPARE(usd->currency, u"USD"_s);
        QCOMPARE(usd->toDecimalString(), u"99.00"_s);

        auto lower = parseFiatAmount(u"12.5"_s, u"eur"_s);
        QVERIFY(lower);
        QCOMPARE(lower->currency, u"EUR"_s);
        QCOMPARE(lower->toDecimalString(), u"12.50"_s);

        auto yen = parseFiatAmount(u"1500"_s, u"JPY"_s);
        QVERIFY(yen);
        QCOMPARE(yen->minor, 1500);
        QCOMPARE(yen->toDecimalString(), u"1500"_s);
    }

    void rejectsFiat_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown currency")
            << u"1.00"_s << u"XYZ"_s << u"amount.currency"_s << u"Unsupported currency"_s;
        QTest::newRow("empty currency")
            << u"1.00"_s << QString() << u"amount.currency"_s << u"Unsupported currency"_s;
        QTest::newRow("crypto as currency")
            << u"1.00"_s << u"ETH"_s << u"amount.currency"_s << u"Unsupported currency"_s;
        QTest::newRow("negative") << u"-5.00"_s << u"USD"_s << u"amount.value"_s << u"must not be negative"_s;
        QTest::newRow("zero") << u"0.00"_s << u"USD"_s << u"amount.value"_s << u"greater than zero"_s;
        QTest::newRow("yen decimals") << u"10.5"_s << u"JPY"_s << u"amount.value"_s << u"whole number"_s;
        QTest::newRow("three decimals")
            << u"1.005"_s << u"USD"_s << u"amount.value"_s << u"more than 2 decimal places"_s;
        QTest::newRow("absurd") << u"1000000000000000.00"_s << u"USD"_s << u"amount.value"_s
                                << u"more than 15 digits"_s;
        QTest::newRow("exponent") << u"1e2"_s << u"USD"_s << u"amount.value"_s << u"exponent"_s;
        QTest::newRow("padded") << u" 1.00"_s << u"USD"_s << u"amount.value"_s << u"whitespace"_s;
    }
    void rejectsFiat()
    {
        QFETCH(QString, value);
        QFETCH(QString, currency);
        QFETCH(QString, param);
        QFETCH(QString, messagePart);
        const auto parsed = parseFiatAmount(value, currency);
        QVERIFY(!parsed);
        QCOMPARE(parsed.param(), param);
        QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
    }

    void parsesRates()
    {
        auto rate = parseExchangeRate(u"ETH"_s, u"USD"_s, u"3012.40"_s);
        QVERIFY(rate);
        QCOMPARE(rate->decimals, 2U);
        QCOMPARE(rate->toDecimalString(), u"3012.4"_s);
        QVERIFY(parseExchangeRate(u"ETH"_s, u"JPY"_s, u"450000"_s));
        QVERIFY(parseExchangeRate(u"ETH"_s, u"USD"_s, u"0.000000000000000001"_s));
        QVERIFY(!parseExchangeRate(u"ETH"_s, u"USD"_s, u"0.0000000000000000001"_s));
        QVERIFY(!parseExchangeRate(u"ETH"_s, u"USD"_s, u"0"_s));
        QVERIFY(!parseExchangeRate(u"ETH"_s, u"USD"_s, u"-3000"_s));
        QVERIFY(!parseExchangeRate(u"ETH"_s, u"USD"_s, u"3e3"_s));
        QVERIFY(!parseExchangeRate(u"ETH"_s, u"USD"_s, u"abc"_s));
    }

    void converts_data()
    {
        QTest::addColumn<QString>("fiat");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("wei");
        QTest::addColumn<QString>("eth");
        QTest::newRow("exact") << u"99.00"_s << u"USD"_s << u"3000.00"_s << u"33000000000000000"_s
                               << u"0.033"_s;
        QTest::newRow("rounds up") << u"100.00"_s << u"USD"_s << u"3000"_s << u"33333340000000000"_s
                                   << u"0.03333334"_s;
        QTest::newRow("euro") << u"12.50"_s << u"EUR"_s << u"2760.00"_s << u"4528990000000000"_s
                              << u"0.00452899"_s;
        QTest::newRow("one cent") << u"0.01"_s << u"USD"_s << u"3000"_s << u"3340000000000"_s
                                  << u"0.00000334"_s;
        QTest::newRow("yen") << u"1"_s << u"JPY"_s << u"450000"_s << u"2230000000000"_s << u"0.00000223"_s;
        QTest::newRow("precise rate")
            << u"1.00"_s << u"USD"_s << u"3012.123456789012345678"_s << u"332000000000000"_s << u"0.000332"_s;
        QTest::newRow("huge") << u"9999999999999.99"_s << u"USD"_s << u"0.01"_s
                              << u"999999999999999000000000000000000"_s << u"999999999999999"_s;
    }
    void converts()
    {
        QFETCH(QString, fiat);
        QFETCH(QString, currency);
        QFETCH(QString, rate);
        QFETCH(QString, wei);
        QFETCH(QString, eth);
        const auto amount = parseFiatAmount(fiat, currency);
        const auto parsedRate = parseExchangeRate(u"ETH"_s, currency, rate);
        QVERIFY(amount && parsedRate);
        const auto result = convertFiatToBaseUnits(*amount, *parsedRate);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(toQString(*result), wei);
        QCOMPARE(formatUnits(*result), eth);
    }

    // A token worth one unit of its peg, priced in the peg: 1:1, exactly, in the token's smallest unit.
    void pegOneToOne()
    {
        const ExchangeRate one{u"USDC"_s, u"USD"_s, UInt256{1}, 0};
        QCOMPARE(toQString(*convertFiatToBaseUnits(*parseFiatAmount(u"99.99"_s, u"USD"_s), one, 6, 6)),
                 u"99990000"_s);
        // Fewer token decimals than the currency's minor units: rounded up, never short.
        QCOMPARE(toQString(*convertFiatToBaseUnits(*parseFiatAmount(u"99.01"_s, u"USD"_s), one, 0, 0)),
                 u"100"_s);
    }

    // Priced in another currency through the two ETH quotes: fiat * ETH-peg / ETH-fiat, rounded up.
    void throughPeg_data()
    {
        QTest::addColumn<QString>("fiat");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("ethInFiat");
        QTest::addColumn<QString>("ethInPeg");
        QTest::addColumn<unsigned>("decimals");
        QTest::addColumn<QString>("units");
        QTest::addColumn<QString>("rate");
        // 30 * 3000 / 2760 = 32.6086956521…
        QTest::newRow("EUR") << u"30.00"_s << u"EUR"_s << u"2760.00"_s << u"3000.00"_s << 6U << u"32608696"_s
                             << u"0.92"_s;
        // Exact: no rounding.
        QTest::newRow("exact") << u"92.00"_s << u"EUR"_s << u"2760"_s << u"3000"_s << 6U << u"100000000"_s
                               << u"0.92"_s;
        // 1500 JPY at ETH-JPY 450000.5 and ETH-USD 3012.4: 1500 * 3012.4 / 450000.5 = 10.04132217…
        QTest::newRow("JPY 18 decimals") << u"1500"_s << u"JPY"_s << u"450000.5"_s << u"3012.4"_s << 18U
                                         << u"10041322176308692991"_s << u"149.382718098526092152"_s;
        QTest::newRow("0 decimals") << u"0.01"_s << u"EUR"_s << u"2760"_s << u"3000"_s << 0U << u"1"_s
                                    << u"0.92"_s;
    }
    void throughPeg()
    {
        QFETCH(QString, fiat);
        QFETCH(QString, currency);
        QFETCH(QString, ethInFiat);
        QFETCH(QString, ethInPeg);
        QFETCH(unsigned, decimals);
        QFETCH(QString, units);
        QFETCH(QString, rate);
        const auto amount = parseFiatAmount(fiat, currency);
        const auto inFiat = parseExchangeRate(u"ETH"_s, currency, ethInFiat);
        const auto inPeg = parseExchangeRate(u"ETH"_s, u"USD"_s, ethInPeg);
        QVERIFY(amount && inFiat && inPeg);
        const auto result = convertFiatThroughPeg(*amount, *inFiat, *inPeg, decimals);
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(toQString(*result), units);
        const auto cross = crossRate(u"USDC"_s, *inFiat, *inPeg);
        QVERIFY(cross);
        QCOMPARE(cross->base, u"USDC"_s);
        QCOMPARE(cross->quote, currency.toUpper());
        QCOMPARE(cross->toDecimalString(), rate);
    }

    // For random amounts and rates: a multiple of 10^10 wei, never less than the fiat amount at the rate,
    // and less than one display step more.
    void conversionNeverShortchanges()
    {
        QRandomGenerator generator(20261123);
        const UInt256 step = UInt256::powerOfTen(10);
        for (int i = 0; i < 2000; ++i) {
            const qint64 minor = 1 + static_cast<qint64>(generator.bounded(10'000'000));
            const std::uint64_t rateScaled = 1 + generator.bounded(1'000'000'000U);
            const FiatAmount fiat{minor, u"USD"_s};
            const ExchangeRate rate{u"ETH"_s, u"USD"_s, UInt256{rateScaled}, 4};
            const auto wei = convertFiatToBaseUnits(fiat, rate);
            QVERIFY(wei);
            QVERIFY(UInt256::divMod(*wei, step)->second.isZero());
            // wei * rate / 10^(18 + 4) >= minor / 10^2  <=>  wei * rate * 10^2 >= minor * 10^22
            const auto paid =
                *UInt256::checkedMul(*UInt256::checkedMul(*wei, UInt256{rateScaled}), UInt256{100});
            const auto asked =
                *UInt256::checkedMul(UInt256{static_cast<std::uint64_t>(minor)}, UInt256::powerOfTen(22));
            QVERIFY(paid >= asked);
            const auto less = *UInt256::checkedSub(*wei, step);
            const auto paidLess =
                *UInt256::checkedMul(*UInt256::checkedMul(less, UInt256{rateScaled}), UInt256{100});
            QVERIFY(paidLess < asked);
        }
    }

    void tolerance()
    {
        QCOMPARE(*parsePercentToBasisPoints(u"0"_s), 0);
        QCOMPARE(*parsePercentToBasisPoints(u"0.5"_s), 50);
        QCOMPARE(*parsePercentToBasisPoints(u"100"_s), 10000);
        QVERIFY(!parsePercentToBasisPoints(u"100.01"_s));
        QVERIFY(!parsePercentToBasisPoints(u"-1"_s));
        QVERIFY(!parsePercentToBasisPoints(u"0.001"_s));
    }

    void currencies()
    {
        for (const char *code : {"USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD"})
            QVERIFY(currencyByCode(QString::fromLatin1(code)));
        QCOMPARE(currencyByCode(u"JPY"_s)->minorUnits, 0);
        QCOMPARE(currencyByCode(u"BHD"_s)->minorUnits, 3);
        QVERIFY(!currencyByCode(u"XXX"_s));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
