#include "Bip39.h"
#include "Eip1559Transaction.h"
#include "ExtendedPrivateKey.h"
#include "SecretBytes.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SecretBytes secret(const char *text)
{
    return SecretBytes::copyOf(QByteArrayView(text));
}

QString text(const SecretBytes &bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

QString hex(const QByteArray &bytes)
{
    return u"0x"_s + QString::fromLatin1(bytes.toHex());
}

const char *const kAbandon =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
    "abandon about";
} // namespace

// What signing with the shop's own wallet rests on: BIP-39 phrases and seeds, BIP-32 private derivation,
// RLP and EIP-1559 signatures. Vectors: BIP-39's (Trezor's list), BIP-32 test vector 1, and transactions
// signed by an independent implementation (ethers v5: serialize + SigningKey.signDigest, RFC 6979 like ours,
// so the bytes must be identical).
class TestWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordListIsBip39s()
    {
        QByteArray joined;
        for (const char *word : bip39::englishWords())
            joined += QByteArray(word) + '\n';
        QCOMPARE(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex(),
                 QByteArray("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"));
    }

    void phraseAndSeed_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QByteArray>("seed"); // with the passphrase TREZOR
        QTest::newRow("12 words, zeros")
            << QByteArray(16, '\0') << QString::fromLatin1(kAbandon)
            << QByteArray(
                   "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c9"
                   "2f2cf141630c7a3c4ab7c81b2f001698e7463b04");
        QTest::newRow("12 words, 7f")
            << QByteArray::fromHex("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
            << u"legal winner thank year wave sausage worth useful legal winner thank yellow"_s
            << QByteArray(
                   "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937"
                   "a1c1069be3a3a5bd381ee6260e8d9739fce1f607");
        QTest::newRow("24 words")
            << QByteArray::fromHex("f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f")
            << u"void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing "
               u"screen patrol group space point ten exist slush involve unfold"_s
            << QByteArray(
                   "01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1da"
                   "cd32c1ed3eaa3c3b131c88ed8e7e54c49a5d0998");
    }
    void phraseAndSeed()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, phrase);
        QFETCH(QByteArray, seed);
        QCOMPARE(text(bip39::phraseFromEntropy(entropy)), phrase);
        QString problem;
        const auto normalised = bip39::normalisedPhrase(SecretBytes::copyOf(phrase.toUtf8()), &problem);
        QVERIFY2(normalised, qPrintable(problem));
        QCOMPARE(bip39::seed(*normalised, secret("TREZOR")).view().toByteArray().toHex(), seed);
    }

    void typedPhraseIsNormalised()
    {
        QString problem;
        const auto normalised = bip39::normalisedPhrase(
            secret("  Abandon abandon\tabandon abandon abandon abandon\nabandon abandon abandon abandon "
                   "abandon ABOUT\r\n"),
            &problem);
        QVERIFY2(normalised, qPrintable(problem));
        QCOMPARE(text(*normalised), QString::fromLatin1(kAbandon));
    }

    void passphraseIsNfkdNormalised()
    {
        // "Ünïcödé パスワード" composed and decomposed give one seed (checked against @scure/bip39).
        const auto normalised = *bip39::normalisedPhrase(secret(kAbandon), nullptr);
        const QByteArray expected(
            "85dad8162a99fdc510a79c51f1dc5d577b4d7a0fbd3937afcf1a8f9ca6d991371d2e2dd25107b317f4"
            "05539f243a2af8d3f4ae1067adbb9bf709a6dfca14e020");
        const QString composed = u"Ünïcödé パスワード"_s;
        QCOMPARE(bip39::seed(normalised, SecretBytes::copyOf(composed.toUtf8())).view().toByteArray().toHex(),
                 expected);
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != composed);
        QCOMPARE(
            bip39::seed(normalised, SecretBytes::copyOf(decomposed.toUtf8())).view().toByteArray().toHex(),
            expected);
    }

    void badPhrasesAreRefusedWithoutTheirWords_data()
    {
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<QString>("message");
        QTest::newRow("too short") << QByteArray("abandon abandon about") << u"this one has 3"_s;
        QTest::newRow("13 words") << QByteArray(kAbandon) + " abandon" << u"this one has 13"_s;
        QTest::newRow("unknown word") << QByteArray(kAbandon).replace("about", "aboot") << u"Word 12"_s;
        QTest::newRow("checksum") << QByteArray(kAbandon).replace("about", "above") << u"checksum"_s;
        QTest::newRow("swapped")
            << QByteArray("legal winner thank year wave sausage worth useful legal winner yellow thank")
            << u"checksum"_s;
        QTest::newRow("digit") << QByteArray(kAbandon).replace("abandon abandon about",
                                                               "abandon ab4ndon about")
                               << u"word 11"_s;
        QTest::newRow("empty") << QByteArray() << u"this one has 0"_s;
    }
    void badPhrasesAreRefusedWithoutTheirWords()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(QString, message);
        QString problem;
        QVERIFY(!bip39::normalisedPhrase(SecretBytes::copyOf(phrase), &problem));
        QVERIFY2(problem.contains(message), qPrintable(problem));
        QVERIFY2(!problem.contains(u"aboot"_s) && !problem.contains(u"ab4ndon"_s), qPrintable(problem));
    }

    void bip32TestVector1()
    {
        const auto master = ExtendedPrivateKey::fromSeed(
            SecretBytes::copyOf(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")));
        QVERIFY(master);
        const auto key = master->derivePath(u"m/0'/1/2'/2/1000000000");
        QVERIFY2(key, qPrintable(key.error()));
        QCOMPARE(
            key->publicKey().toBase58(),
            u"xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"_s);
        QCOMPARE(key->privateKey().view().toByteArray().toHex(),
                 QByteArray("471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"));
        QVERIFY(!master->derivePath(u"m/x").ok());
        QVERIFY(!master->derivePath(u"44'/60'").ok());
        QVERIFY(!key->derivePath(u"m/0").ok()); // a path starts at the master
    }

    void ethereumAccountOfThePublicTestPhrase()
    {
        const auto normalised = *bip39::normalisedPhrase(secret(kAbandon), nullptr);
        const auto master = ExtendedPrivateKey::fromSeed(bip39::seed(normalised, {}));
        const auto account = master->derivePath(u"m/44'/60'/0'");
        QCOMPARE(
            account->publicKey().toBase58(),
            u"xpub6DCoCpSuQZB2jawqnGMEPS63ePKWkwWPH4TU45Q7LPXWuNd8TMtVxRrgjtEshuqpK3mdhaWHPFsBngh5GFZaM6si3yZdUsT8ddYM3PwnATt"_s);
        const auto first = master->derivePath(u"m/44'/60'/0'/0/0");
        QCOMPARE(first->address(), u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        QCOMPARE(first->privateKey().view().toByteArray().toHex(),
                 QByteArray("1ab42cc412b618bdea3a599e3c9bae199ebf030895b039e9db1e30dafb12b727"));
        // The public derivation the server uses gives the same address.
        QCOMPARE(*account->publicKey().depositAddress(0), first->address());
    }

    void rlp()
    {
        QCOMPARE(rlp::encodeBytes(QByteArray()), QByteArray::fromHex("80"));
        QCOMPARE(rlp::encodeBytes(QByteArray::fromHex("7f")), QByteArray::fromHex("7f"));
        QCOMPARE(rlp::encodeBytes(QByteArray::fromHex("80")), QByteArray::fromHex("8180"));
        QCOMPARE(rlp::encodeBytes(QByteArray("dog")), QByteArray::fromHex("83646f67"));
        QCOMPARE(rlp::encodeUInt(0), QByteArray::fromHex("80"));
        QCOMPARE(rlp::encodeUInt(1024), QByteArray::fromHex("820400"));
        QCOMPARE(rlp::encodeList({rlp::encodeBytes("cat"), rlp::encodeBytes("dog")}),
                 QByteArray::fromHex("c88363617483646f67"));
        const QByteArray long56(56, 'a');
        QCOMPARE(rlp::encodeBytes(long56).left(2), QByteArray::fromHex("b838"));
        QCOMPARE(rlp::encodeList({}), QByteArray::fromHex("c0"));
    }

    void signsLikeAnIndependentImplementation_data()
    {
        QTest::addColumn<quint64>("chainId");
        QTest::addColumn<quint64>("nonce");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("maxFee");
        QTest::addColumn<quint64>("gas");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("unsignedPayload");
        QTest::addColumn<QString>("signedPayload");
        QTest::addColumn<QString>("hash");
        QTest::newRow("1 ETH on mainnet")
            << quint64(1) << quint64(7) << u"0x3b9aca00"_s << u"0x4a817c800"_s << quint64(21000)
            << u"5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"_s << u"0xde0b6b3a7640000"_s << QByteArray()
            << u"0x02f00107843b9aca008504a817c800825208945aaeb6053f3e94c9b9a09f33669435e7ef1beaed880de0b6b3a764000080c0"_s
            << u"0x02f8730107843b9aca008504a817c800825208945aaeb6053f3e94c9b9a09f33669435e7ef1beaed880de0b6b3"
               u"a764000080c0"
               u"80a0bc135ca5689e42eee280ab424b9c21e8b7ea2ab79ede3303d68a846e4cab1baba07cf4c4d491e81d24356ac5"
               u"f9b542e8e3f7"
               u"91efceacc44cc7c521d3153551ad0e"_s
            << u"0x9cd793abfba90915ac6c9fe92a2fb9f6018870f52b2b5008ea99a9788c6dfeac"_s;
        QTest::newRow("token transfer on 31337")
            << quint64(31337) << quint64(0) << u"0x59682f00"_s << u"0x59682f00"_s << quint64(52000)
            << u"5fbdb2315678afecb367f032d93f642f64180aa3"_s << u"0x0"_s
            << erc20TransferData(QByteArray::fromHex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), 1'000'000)
            << u"0x02f86e827a69808459682f008459682f0082cb20945fbdb2315678afecb367f032d93f642f64180aa380b844a9"
               u"059cbb0000"
               u"000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed00000000000000000000000000000000"
               u"0000000000"
               u"00000000000000000f4240c0"_s
            << u"0x02f8b1827a69808459682f008459682f0082cb20945fbdb2315678afecb367f032d93f642f64180aa380b844a9"
               u"059cbb0000"
               u"000000000000000000005aaeb6053f3e94c9b9a09f33669435e7ef1beaed00000000000000000000000000000000"
               u"0000000000"
               u"00000000000000000f4240c001a013431dcb73bc7fd8768ef5227a824c08d43f5c3cb381a3a95eb452b5162986c3"
               u"a01ca52355"
               u"53934a213da65e40cc23d59bfea092dd07dfcd01e0ba37aa560de05e"_s
            << u"0x791ea350b392a478523004c148de07ff0f4a8c66e9995b8159501c0172812ed8"_s;
    }
    void signsLikeAnIndependentImplementation()
    {
        QFETCH(quint64, chainId);
        QFETCH(quint64, nonce);
        QFETCH(QString, priority);
        QFETCH(QString, maxFee);
        QFETCH(quint64, gas);
        QFETCH(QString, to);
        QFETCH(QString, value);
        QFETCH(QByteArray, data);
        QFETCH(QString, unsignedPayload);
        QFETCH(QString, signedPayload);
        QFETCH(QString, hash);
        Eip1559Transaction tx;
        tx.chainId = chainId;
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = *UInt256::fromHex(priority.toStdString());
        tx.maxFeePerGas = *UInt256::fromHex(maxFee.toStdString());
        tx.gasLimit = gas;
        tx.to = QByteArray::fromHex(to.toLatin1());
        tx.value = *UInt256::fromHex(value.toStdString());
        tx.data = data;
        QCOMPARE(hex(tx.unsignedPayload()), unsignedPayload);
        const SecretBytes key = SecretBytes::copyOf(
            QByteArray::fromHex("1ab42cc412b618bdea3a599e3c9bae199ebf030895b039e9db1e30dafb12b727"));
        const QByteArray signedTx = tx.sign(key);
        QCOMPARE(hex(signedTx), signedPayload);
        QCOMPARE(hex(Eip1559Transaction::hashOf(signedTx)), hash);
        QCOMPARE(Eip1559Transaction::recoverSender(signedTx),
                 u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94"_s);
        // Another chain id is another signature: no replay across chains.
        tx.chainId = chainId + 1;
        QVERIFY(tx.sign(key) != signedTx);
    }

    void recoverSenderRefusesGarbage()
    {
        QVERIFY(Eip1559Transaction::recoverSender({}).isEmpty());
        QVERIFY(Eip1559Transaction::recoverSender(QByteArray::fromHex("02")).isEmpty());
        QVERIFY(Eip1559Transaction::recoverSender(QByteArray::fromHex("02c0")).isEmpty());
        QVERIFY(Eip1559Transaction::recoverSender(QByteArray::fromHex("02ff00")).isEmpty());
        QVERIFY(Eip1559Transaction::recoverSender(QByteArray::fromHex("f86c")).isEmpty());
    }

    void secretBytesAreWipedAndMoveOnly()
    {
        SecretBytes a = secret("phrase");
        SecretBytes b = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b.size(), 6);
        QVERIFY(b.equals("phrase"));
        QVERIFY(!b.equals("phrasE"));
        b.clear();
        QVERIFY(b.isEmpty());
        QString s = u"secret"_s;
        s.detach();
        wipeString(s);
        QVERIFY(s.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWallet)
#include "tst_wallet.moc"
