#include "EthereumAddress.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Keccak-256, public key to address, and EIP-55 checksums against published vectors.
class TestEthereumAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keccak256_data();
    void keccak256();
    void keccak256IsNotSha3();
    void addressFromPublicKey_data();
    void addressFromPublicKey();
    void addressFromPublicKeyRejectsOtherInput_data();
    void addressFromPublicKeyRejectsOtherInput();
    void toChecksumAddress_data();
    void toChecksumAddress();
    void toChecksumAddressRejectsNonAddresses_data();
    void toChecksumAddressRejectsNonAddresses();
    void isValidAddress_data();
    void isValidAddress();
    void wrongCaseIsCaught_data();
    void wrongCaseIsCaught();
};

namespace {

// The checksummed addresses listed in EIP-55 itself: all caps, all lower and mixed.
const QStringList &eip55Vectors()
{
    static const QStringList vectors{
        u"0x52908400098527886E0F7030069857D2E4169EE7"_s, u"0x8617E340B3D01FA5F11F306F4090FD50E238070D"_s,
        u"0xde709f2102306220921060314715629080e2fb77"_s, u"0x27b1fdb04752bbc536007a920d24acb045561c26"_s,
        u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s, u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s,
        u"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"_s, u"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"_s,
    };
    return vectors;
}

QString upperDigits(const QString &address)
{
    return u"0x"_s + address.mid(2).toUpper();
}

} // namespace

void TestEthereumAddress::keccak256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
}

void TestEthereumAddress::keccak256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(ethereum::keccak256(input).toHex(), expectedHex);
}

void TestEthereumAddress::keccak256IsNotSha3()
{
    // NIST's SHA3-256 pads differently; Ethereum addresses need the original Keccak.
    const QByteArray sha3 = QCryptographicHash::hash("abc", QCryptographicHash::RealSha3_256);
    QCOMPARE(sha3.toHex(), QByteArray("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"));
    QVERIFY(ethereum::keccak256("abc") != sha3);
}

void TestEthereumAddress::addressFromPublicKey_data()
{
    QTest::addColumn<QByteArray>("publicKeyHex");
    QTest::addColumn<QString>("expected");
    // The secp256k1 generator G and 2G: the public keys of private keys 1 and 2.
    QTest::newRow("private key 1") << QByteArray(
                                          "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                          "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
                                   << u"0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"_s;
    QTest::newRow("private key 2") << QByteArray(
                                          "04c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"
                                          "1ae168fea63dc339a3c58419466ceaeef7f632653266d0e1236431a950cfe52a")
                                   << u"0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF"_s;
}

void TestEthereumAddress::addressFromPublicKey()
{
    QFETCH(QByteArray, publicKeyHex);
    QFETCH(QString, expected);
    QCOMPARE(ethereum::addressFromPublicKey(QByteArray::fromHex(publicKeyHex)), expected);
}

void TestEthereumAddress::addressFromPublicKeyRejectsOtherInput_data()
{
    const QByteArray g =
        QByteArray::fromHex("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                            "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("64 bytes without prefix") << g.mid(1);
    QTest::newRow("66 bytes") << g + '\0';
    QTest::newRow("compressed") << QByteArray::fromHex(
        "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    QTest::newRow("wrong prefix") << QByteArray(1, '\x02') + g.mid(1);
}

void TestEthereumAddress::addressFromPublicKeyRejectsOtherInput()
{
    QFETCH(QByteArray, input);
    QVERIFY(ethereum::addressFromPublicKey(input).isEmpty());
}

void TestEthereumAddress::toChecksumAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const QString &address : eip55Vectors()) {
        const QByteArray name = address.toLatin1();
        QTest::newRow((name + " lower").constData()) << address.toLower() << address;
        QTest::newRow((name + " upper").constData()) << upperDigits(address) << address;
        QTest::newRow((name + " no prefix").constData()) << address.mid(2).toLower() << address;
        QTest::newRow((name + " already checksummed").constData()) << address << address;
    }
    QTest::newRow("0X prefix") << u"0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"_s
                               << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s;
}

void TestEthereumAddress::toChecksumAddress()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ethereum::toChecksumAddress(input), expected);
}

void TestEthereumAddress::toChecksumAddressRejectsNonAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << u"0x"_s;
    QTest::newRow("39 digits") << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"_s;
    QTest::newRow("41 digits") << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0"_s;
    QTest::newRow("not hex") << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"_s;
    QTest::newRow("surrounding space") << u" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s;
}

void TestEthereumAddress::toChecksumAddressRejectsNonAddresses()
{
    QFETCH(QString, input);
    QVERIFY(ethereum::toChecksumAddress(input).isEmpty());
}

void TestEthereumAddress::isValidAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    for (const QString &address : eip55Vectors()) {
        const QByteArray name = address.toLatin1();
        QTest::newRow((name + " checksummed").constData()) << address << true;
        QTest::newRow((name + " all lower").constData()) << address.toLower() << true;
        QTest::newRow((name + " all upper").constData()) << upperDigits(address) << true;
        QTest::newRow((name + " no prefix").constData()) << address.mid(2) << false;
        QTest::newRow((name + " 0X prefix").constData()) << u"0X"_s + address.mid(2) << false;
    }
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix only") << u"0x"_s << false;
    QTest::newRow("39 digits") << u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae"_s << false;
    QTest::newRow("41 digits") << u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed0"_s << false;
    QTest::newRow("not hex") << u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg"_s << false;
    QTest::newRow("trailing space") << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed "_s << false;
    QTest::newRow("zero address") << u"0x0000000000000000000000000000000000000000"_s << true;
}

void TestEthereumAddress::isValidAddress()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(ethereum::isValidAddress(input), valid);
}

void TestEthereumAddress::wrongCaseIsCaught_data()
{
    // Flipping the case of any one letter of a checksummed address must be detected, except where the
    // flip turns a mixed-case address into a single-case one (which carries no checksum).
    QTest::addColumn<QString>("input");
    for (const QString &address : eip55Vectors()) {
        for (qsizetype i = 2; i < address.size(); ++i) {
            const QChar c = address.at(i);
            if (!c.isLetter())
                continue;
            QString flipped = address;
            flipped[i] = c.isUpper() ? c.toLower() : c.toUpper();
            const QString digits = flipped.mid(2);
            if (digits == digits.toLower() || digits == digits.toUpper())
                continue;
            QTest::addRow("%s letter %d", qPrintable(address), int(i)) << flipped;
        }
    }
}

void TestEthereumAddress::wrongCaseIsCaught()
{
    QFETCH(QString, input);
    QVERIFY(!ethereum::isValidAddress(input));
}

QTEST_GUILESS_MAIN(TestEthereumAddress)
#include "tst_ethereumaddress.moc"
