#include "UInt256.h"

#include <QTest>

class TestUInt256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("one") << QByteArray("1");
        QTest::newRow("one ether") << QByteArray("1000000000000000000");
        QTest::newRow("2^64") << QByteArray("18446744073709551616");
        QTest::newRow("max") << QByteArray(
            "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    }
    void decimalRoundTrip()
    {
        QFETCH(QByteArray, digits);
        const auto value = UInt256::fromDecimal(digits.toStdString());
        QVERIFY(value);
        QCOMPARE(QByteArray::fromStdString(value->toDecimal()), digits);
    }

    void rejectsBadDecimal_data()
    {
        QTest::addColumn<QByteArray>("digits");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("sign") << QByteArray("-1");
        QTest::newRow("letter") << QByteArray("12a");
        QTest::newRow("max+1") << QByteArray(
            "115792089237316195423570985008687907853269984665640564039457584007913129639936");
        QTest::newRow("space") << QByteArray(" 1");
    }
    void rejectsBadDecimal()
    {
        QFETCH(QByteArray, digits);
        QVERIFY(!UInt256::fromDecimal(digits.toStdString()));
    }

    void hex()
    {
        QCOMPARE(UInt256::fromHex("0x0")->toDecimal(), std::string("0"));
        QCOMPARE(UInt256::fromHex("0xde0b6b3a7640000")->toDecimal(), std::string("1000000000000000000"));
        QCOMPARE(UInt256{255}.toHex(), std::string("0xff"));
        QCOMPARE(UInt256{}.toHex(), std::string("0x0"));
        QCOMPARE(UInt256::max().toHex(), "0x" + std::string(64, 'f'));
        QVERIFY(!UInt256::fromHex("0x"));
        QVERIFY(!UInt256::fromHex("0xg"));
        QVERIFY(!UInt256::fromHex("0x1" + std::string(64, '0')));
    }

    void bigEndianRoundTrip()
    {
        const auto value =
            *UInt256::fromHex("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        const auto bytes = value.toBigEndian();
        QCOMPARE(bytes[0], std::uint8_t{1});
        QCOMPARE(bytes[31], std::uint8_t{0x20});
        QCOMPARE(UInt256::fromBigEndian(bytes), value);
    }

    void arithmetic()
    {
        const UInt256 max = UInt256::max();
        QVERIFY(!UInt256::checkedAdd(max, UInt256{1}));
        QVERIFY(!UInt256::checkedSub(UInt256{1}, UInt256{2}));
        QVERIFY(!UInt256::checkedMul(max, UInt256{2}));
        QCOMPARE(*UInt256::checkedSub(UInt256{5}, UInt256{3}), UInt256{2});
        const auto twoTo64 = *UInt256::fromDecimal("18446744073709551616");
        QCOMPARE(*UInt256::checkedSub(twoTo64, UInt256{1}), UInt256{~std::uint64_t{0}});
        QCOMPARE(UInt256::checkedMul(twoTo64, twoTo64)->toDecimal(),
                 std::string("340282366920938463463374607431768211456"));
        QCOMPARE(max.saturatingAdd(UInt256{1}), max);
        QCOMPARE(UInt256{1}.saturatingSub(UInt256{5}), UInt256{});
        QCOMPARE(UInt256::powerOfTen(18).toDecimal(), std::string("1000000000000000000"));
    }

    void division()
    {
        const auto [quotient, remainder] =
            *UInt256::divMod(*UInt256::fromDecimal("1000000000000000000000"), UInt256{7});
        QCOMPARE(quotient.toDecimal(), std::string("142857142857142857142"));
        QCOMPARE(remainder, UInt256{6});
        QVERIFY(!UInt256::divMod(UInt256{1}, UInt256{}));
        QCOMPARE(*UInt256::divCeil(UInt256{10}, UInt256{5}), UInt256{2});
        QCOMPARE(*UInt256::divCeil(UInt256{11}, UInt256{5}), UInt256{3});
        const auto [q, r] = *UInt256::divMod(UInt256::max(), UInt256::max());
        QCOMPARE(q, UInt256{1});
        QCOMPARE(r, UInt256{});
    }

    void ordering()
    {
        QVERIFY(UInt256{1} < UInt256{2});
        QVERIFY(*UInt256::fromDecimal("18446744073709551616") > UInt256{~std::uint64_t{0}});
        QCOMPARE(UInt256{}.bitLength(), 0U);
        QCOMPARE(UInt256::max().bitLength(), 256U);
    }
};

QTEST_GUILESS_MAIN(TestUInt256)
#include "tst_uint256.moc"
